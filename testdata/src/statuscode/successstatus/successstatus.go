// Package successstatus holds statuscode/success-status cases: a success
// status written on an error path, and traps.
package successstatus

import (
	"errors"
	"net/http"
)

var errNotModified = errors.New("not modified")

func get() error { return errFailed }

// ErrorOK answers an error with 200.
func ErrorOK(w http.ResponseWriter, r *http.Request) { // want ErrorOK:"writes\\(status\\)"
	if err := get(); err != nil {
		http.Error(w, err.Error(), http.StatusOK) // want `statuscode/success-status: success status 200 on an error path`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// HeaderAccepted writes 202 on failure.
func HeaderAccepted(w http.ResponseWriter, r *http.Request) { // want HeaderAccepted:"writes\\(status\\)"
	err := get()
	switch {
	case err != nil:
		w.WriteHeader(http.StatusAccepted) // want `statuscode/success-status: success status 202 on an error path`
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// NotModified is a trap: a specific, expected error mapped to 304.
func NotModified(w http.ResponseWriter, r *http.Request) { // want NotModified:"writes\\(status\\)"
	if err := get(); errors.Is(err, errNotModified) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Redirect is a trap: a redirect on failure is a deliberate answer.
func Redirect(w http.ResponseWriter, r *http.Request) { // want Redirect:"writes\\(status\\)"
	if err := get(); err != nil {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Computed is a trap: the status is not a constant.
func Computed(w http.ResponseWriter, r *http.Request, code int) { // want Computed:"writes\\(status\\)"
	if err := get(); err != nil {
		http.Error(w, err.Error(), code)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// LoginRedirect is a trap: a redirect written by hand.
func LoginRedirect(w http.ResponseWriter, r *http.Request) { // want LoginRedirect:"writes\\(status\\)"
	if _, err := r.Cookie("session"); err != nil {
		w.Header().Set("Location", "/login")
		w.WriteHeader(http.StatusFound)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
