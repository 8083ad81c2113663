// Package logcontinue holds statuscode/log-continue cases: an error that is
// logged while the handler carries on to a success response, and traps.
package logcontinue

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"strconv"
)

type item struct{ Name string }

func load(id string) (*item, error) { return &item{}, errFailed }

func touch(id string) error { return errFailed }

// Carry logs and goes on with whatever load left behind.
func Carry(w http.ResponseWriter, r *http.Request) { // want Carry:"writes\\(body\\)"
	it, err := load(r.FormValue("id"))
	if err != nil { // want `statuscode/log-continue: error is logged and the handler carries on`
		log.Printf("load: %v", err)
	}
	json.NewEncoder(w).Encode(it)
}

// Slog does the same with log/slog.
func Slog(w http.ResponseWriter, r *http.Request) { // want Slog:"writes\\(body\\)"
	body, err := io.ReadAll(r.Body)
	if err != nil { // want `statuscode/log-continue: error is logged and the handler carries on`
		slog.Error("read body", "err", err)
	}
	fmt.Fprintf(w, "%d bytes", len(body))
}

// Fallback is a trap: the branch assigns a fallback value.
func Fallback(w http.ResponseWriter, r *http.Request) { // want Fallback:"writes\\(body\\)"
	size, err := strconv.Atoi(r.FormValue("size"))
	if err != nil {
		log.Print(err)
		size = 64
	}
	fmt.Fprint(w, size)
}

// SideEffect is a trap: a best-effort call with nothing left behind.
func SideEffect(w http.ResponseWriter, r *http.Request) { // want SideEffect:"writes\\(body\\)"
	if err := touch(r.FormValue("id")); err != nil {
		log.Printf("touch: %v", err)
	}
	fmt.Fprint(w, "ok")
}

// Loop is a trap: skipping one bad item among many is deliberate.
func Loop(w http.ResponseWriter, r *http.Request) { // want Loop:"writes\\(body\\)"
	var items []*item
	for _, id := range r.Form["id"] {
		it, err := load(id)
		if err != nil {
			log.Print(err)
		}
		items = append(items, it)
	}
	json.NewEncoder(w).Encode(items)
}

// LaterError is a trap: the handler answers with an error status later.
func LaterError(w http.ResponseWriter, r *http.Request) { // want LaterError:"writes\\(error-status,body\\)"
	it, err := load(r.FormValue("id"))
	if err != nil {
		log.Print(err)
	}
	if it == nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	http.Error(w, "not found", http.StatusNotFound)
}

// Adapter is a trap: it returns an error to its caller.
func Adapter(w http.ResponseWriter, r *http.Request) error { // want Adapter:"writes\\(body\\)"
	it, err := load(r.FormValue("id"))
	if err != nil {
		log.Print(err)
	}
	return json.NewEncoder(w).Encode(it)
}

// Warning is a trap: a warning says the failure is tolerated.
func Warning(w http.ResponseWriter, r *http.Request) { // want Warning:"writes\\(body\\)"
	it, err := load(r.FormValue("id"))
	if err != nil {
		log.Printf("[WARN] load: %v", err)
	}
	json.NewEncoder(w).Encode(it)
}

// SlogWarn is a trap for the same reason.
func SlogWarn(w http.ResponseWriter, r *http.Request) { // want SlogWarn:"writes\\(body\\)"
	it, err := load(r.FormValue("id"))
	if err != nil {
		slog.Warn("load", "err", err)
	}
	json.NewEncoder(w).Encode(it)
}

// Compared is a trap: the value left behind is only compared, not sent.
func Compared(w http.ResponseWriter, r *http.Request) {
	it, err := load(r.FormValue("id"))
	if err != nil {
		log.Print(err)
	}
	if it != nil && it.Name == "x" {
		http.Error(w, "conflict", http.StatusConflict)
		return
	}
	fmt.Fprint(w, "ok")
}
