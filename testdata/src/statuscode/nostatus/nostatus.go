// Package nostatus holds statuscode/no-status cases: an error path that
// returns with nothing written, and the traps that look like it.
package nostatus

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"os"
	"strconv"
)

var errMissing = errors.New("missing")

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func load(id string) (string, error) { return id, errFailed }

func save() error { return errFailed }

// Get logs and returns: the client gets 200 and an empty body.
func Get(w http.ResponseWriter, r *http.Request) {
	v, err := load(r.URL.Query().Get("id"))
	if err != nil {
		log.Printf("load: %v", err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	io.WriteString(w, v)
}

// InitForm uses the if-init form and another error name.
func InitForm(w http.ResponseWriter, r *http.Request) {
	if e := save(); e != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.WriteHeader(http.StatusNoContent)
}

// Case uses a tagless switch.
func Case(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.FormValue("n"))
	switch {
	case err != nil:
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	case n < 0:
		http.Error(w, "negative", http.StatusBadRequest)
		return
	}
	io.WriteString(w, "ok")
}

// Sentinel uses errors.Is.
func Sentinel(w http.ResponseWriter, r *http.Request) {
	_, err := load("x")
	if errors.Is(err, errMissing) {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	io.WriteString(w, "ok")
}

// SomePath writes on one inner path only.
func SomePath(w http.ResponseWriter, r *http.Request) {
	_, err := load("x")
	if err != nil {
		if errors.Is(err, errMissing) {
			http.NotFound(w, r)
		}
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	io.WriteString(w, "ok")
}

// FallsOffEnd is a handler whose error branch is its last statement.
func FallsOffEnd(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := save(); err != nil { // want `statuscode/no-status: error path returns without writing a status`
		log.Print(err)
	}
}

// setCookie is a trap: it only sets a cookie, its caller owns the response.
func setCookie(w http.ResponseWriter, r *http.Request, name string) { // want setCookie:"writes\\(never\\)"
	v, err := load(name)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: name, Value: v})
}

// Lit is a handler literal.
func Lit(mux *http.ServeMux) {
	mux.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) {
		if err := save(); err != nil {
			return // want `statuscode/no-status: error path returns without writing a status`
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// writeErr is a helper that always answers 500.
func writeErr(w http.ResponseWriter, err error) { // want writeErr:"writes\\(error-status,body\\)"
	log.Print(err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// logOnly takes the writer but never writes.
func logOnly(w http.ResponseWriter, err error) { // want logOnly:"writes\\(never\\)"
	w.Header().Set("X-Error", "1")
	log.Print(err)
}

// LogHelper calls a helper that never writes.
func LogHelper(w http.ResponseWriter, r *http.Request) {
	if err := save(); err != nil {
		logOnly(w, err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.WriteHeader(http.StatusNoContent)
}

// Helper is a trap: the helper writes the 500.
func Helper(w http.ResponseWriter, r *http.Request) { // want Helper:"writes\\(status\\)"
	if err := save(); err != nil {
		writeErr(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Later is a trap: the helper is declared after its caller and writes
// through another helper.
func Later(w http.ResponseWriter, r *http.Request) { // want Later:"writes\\(status\\)"
	if err := save(); err != nil {
		laterErr(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func laterErr(w http.ResponseWriter, err error) { // want laterErr:"writes\\(error-status,body\\)"
	writeErr(w, err)
}

// Redirect and NotFound are traps: both answer.
func Redirect(w http.ResponseWriter, r *http.Request) { // want Redirect:"writes\\(status\\)"
	if err := save(); err != nil {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	if _, err := load("x"); err != nil {
		http.NotFound(w, r)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Fallback is a trap: the branch assigns a fallback and goes on.
func Fallback(w http.ResponseWriter, r *http.Request) { // want Fallback:"writes\\(body\\)"
	size, err := strconv.Atoi(r.FormValue("size"))
	if err != nil {
		size = 64
	}
	io.WriteString(w, strconv.Itoa(size))
}

// EncodeErr is a trap: the error comes from writing the response itself.
func EncodeErr(w http.ResponseWriter, r *http.Request) { // want EncodeErr:"writes\\(body\\)"
	if err := json.NewEncoder(w).Encode(map[string]int{"a": 1}); err != nil {
		log.Printf("encode: %v", err)
		return
	}
}

// EncoderVar is a trap: the same through an encoder variable.
func EncoderVar(w http.ResponseWriter, r *http.Request) { // want EncoderVar:"writes\\(body\\)"
	enc := json.NewEncoder(w)
	if err := enc.Encode(1); err != nil {
		log.Print(err)
		return
	}
}

// CopyErr is a trap: io.Copy to the writer failed.
func CopyErr(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("x")
	if err != nil {
		http.Error(w, "open", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	if _, err := io.Copy(w, f); err != nil {
		log.Print(err)
		return
	}
}

// Adapter is a trap: it returns the error to a central writer.
func Adapter(w http.ResponseWriter, r *http.Request) error {
	if err := save(); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// Panics is a trap: the branch does not return.
func Panics(w http.ResponseWriter, r *http.Request) { // want Panics:"writes\\(status\\)"
	if err := save(); err != nil {
		panic(err)
	}
	if err := save(); err != nil {
		log.Fatal(err)
	}
	w.WriteHeader(http.StatusNoContent)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

// Wrapped is a trap: the write goes through a wrapper.
func Wrapped(w http.ResponseWriter, r *http.Request) { // want Wrapped:"writes\\(status\\)"
	rw := &statusRecorder{ResponseWriter: w}
	if err := save(); err != nil {
		http.Error(rw, "failed", http.StatusInternalServerError)
		return
	}
	rw.WriteHeader(http.StatusNoContent)
}

// Middleware is a trap: the next handler may have written.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		if err := save(); err != nil {
			log.Print(err)
			return
		}
	})
}

// Unknown is a trap: a function value may write.
func Unknown(w http.ResponseWriter, r *http.Request, fail func(http.ResponseWriter, error)) {
	if err := save(); err != nil {
		fail(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Deferred is a trap: a deferred function answers for the error.
func Deferred(w http.ResponseWriter, r *http.Request) {
	var err error
	defer func() {
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}()
	if err = save(); err != nil {
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Canceled is a trap: the client went away, there is no one to answer.
func Canceled(w http.ResponseWriter, r *http.Request) {
	if r.Context().Err() != nil {
		return
	}
	_, err := load("x")
	if errors.Is(err, context.Canceled) {
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Started is a trap: the header is already sent, nothing else can be said.
func Started(w http.ResponseWriter, r *http.Request) { // want Started:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	for i := 0; i < 3; i++ {
		if err := save(); err != nil {
			log.Print(err)
			return
		}
		io.WriteString(w, "chunk")
	}
}

// OkBool is a trap: not an error condition.
func OkBool(w http.ResponseWriter, r *http.Request) {
	v, ok := r.URL.Query()["v"]
	if !ok {
		return
	}
	io.WriteString(w, v[0])
}

// CarriesOn is a trap for statuscode/no-status: the branch goes on into
// more work, which is statuscode/log-continue's business.
func CarriesOn(w http.ResponseWriter, r *http.Request) { // want CarriesOn:"writes\\(never\\)"
	if err := save(); err != nil {
		log.Print(err)
	}
	os.Remove("x")
}

// BreaksOut breaks out of a loop into the end of the handler.
func BreaksOut(w http.ResponseWriter, r *http.Request) {
	for {
		if err := save(); err != nil { // want `statuscode/no-status: error path returns without writing a status`
			log.Print(err)
			break
		}
		io.WriteString(w, "x")
	}
}
