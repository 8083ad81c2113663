// Package body200 holds statuscode/body-200 cases: an error body sent with
// an implicit 200, and traps.
package body200

import (
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
)

var page = template.Must(template.New("x").Parse("{{.}}"))

var errGone = errors.New("gone")

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func find() (string, error) { return "", errFailed }

// Fprint writes the error text with a 200.
func Fprint(w http.ResponseWriter, r *http.Request) { // want Fprint:"writes\\(body\\)"
	v, err := find()
	if err != nil {
		fmt.Fprintf(w, "error: %v", err) // want `statuscode/body-200: error body written with an implicit 200 OK`
		return
	}
	fmt.Fprint(w, v)
}

// Write uses the writer's own method after setting a header.
func Write(w http.ResponseWriter, r *http.Request) {
	if _, err := find(); err != nil {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(err.Error())) // want `statuscode/body-200: error body written with an implicit 200 OK`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Encode writes a JSON error object with a 200.
func Encode(w http.ResponseWriter, r *http.Request) {
	if _, err := find(); errors.Is(err, errGone) {
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `statuscode/body-200: error body written with an implicit 200 OK`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Template renders an error page with a 200.
func Template(w http.ResponseWriter, r *http.Request) {
	if _, err := find(); err != nil {
		page.Execute(w, err) // want `statuscode/body-200: error body written with an implicit 200 OK`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// StatusFirst is a trap: the status comes before the body.
func StatusFirst(w http.ResponseWriter, r *http.Request) { // want StatusFirst:"writes\\(status\\)"
	if _, err := find(); err != nil {
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprintf(w, "error: %v", err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Streaming is a trap: the status was sent before the failure.
func Streaming(w http.ResponseWriter, r *http.Request) { // want Streaming:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	if _, err := find(); err != nil {
		fmt.Fprintf(w, "\nerror: %v", err)
		return
	}
	fmt.Fprint(w, "done")
}

// Success is a trap: the body is on the success path.
func Success(w http.ResponseWriter, r *http.Request) {
	v, err := find()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, v)
}

func defaultImage(w http.ResponseWriter) { // want defaultImage:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "image/png")
	w.Write([]byte{0x89, 'P', 'N', 'G'})
}

// Fallback is a trap: the branch serves default content on purpose.
func Fallback(w http.ResponseWriter, r *http.Request) { // want Fallback:"writes\\(body\\)"
	v, err := find()
	if err != nil {
		defaultImage(w)
		return
	}
	fmt.Fprint(w, v)
}

// Message writes a constant error message with a 200.
func Message(w http.ResponseWriter, r *http.Request) {
	if _, err := find(); err != nil {
		fmt.Fprint(w, "internal error") // want `statuscode/body-200: error body written with an implicit 200 OK`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
