// Package catchall has error handlers that pick the status by the kind of
// error, and a catch-all for every other failure.
package catchall

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
)

var (
	errNotFound  = errors.New("not found")
	errForbidden = errors.New("forbidden")
	page         = template.Must(template.New("error").Parse(`<h1>{{.}}</h1>`))
)

type validationError struct{ Field string }

func (e *validationError) Error() string { return "invalid " + e.Field }

// renderError answers the known errors with their status; every other
// failure gets the error page with 200.
func renderError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, errNotFound):
		w.WriteHeader(http.StatusNotFound)
		_ = page.Execute(w, err)
	case errors.Is(err, errForbidden):
		http.Error(w, err.Error(), http.StatusForbidden)
	default:
		_ = page.Execute(w, err) // want `statuscode/body-200: error body written with an implicit 200 OK`
	}
}

// byType does the same with a type switch and a message.
func byType(w http.ResponseWriter, err error) {
	switch e := err.(type) {
	case *validationError:
		http.Error(w, e.Error(), http.StatusBadRequest)
	default:
		fmt.Fprintf(w, "something went wrong: %v", err) // want `statuscode/body-200: error body written with an implicit 200 OK`
	}
}

// chain is an if-else chain on the error.
func chain(w http.ResponseWriter, err error) {
	if errors.Is(err, errNotFound) {
		http.NotFound(w, nil)
	} else {
		_ = page.Execute(w, err) // want `statuscode/body-200: error body written with an implicit 200 OK`
	}
}

// withStatus is a trap: the catch-all writes 500 before the page.
func withStatus(w http.ResponseWriter, err error) { // want withStatus:"writes\\(error-status,body\\)"
	switch {
	case errors.Is(err, errNotFound):
		w.WriteHeader(http.StatusNotFound)
		_ = page.Execute(w, err)
	default:
		w.WriteHeader(http.StatusInternalServerError)
		_ = page.Execute(w, err)
	}
}

// noStatuses is a trap: no case writes a status, so nothing shows that
// this function answers errors with statuses (a page that lists a job's
// last error, say).
func noStatuses(w http.ResponseWriter, err error) { // want noStatuses:"writes\\(body\\)"
	switch {
	case errors.Is(err, errNotFound):
		_ = page.Execute(w, "nothing yet")
	default:
		_ = page.Execute(w, err)
	}
}

// fallback is a trap: the catch-all serves content that does not carry the
// error (a default page).
func fallback(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errForbidden):
		http.Error(w, "forbidden", http.StatusForbidden)
	default:
		_ = page.Execute(w, "welcome")
	}
}

// reasoned is a trap: the comment gives the reason for the 200.
func reasoned(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errForbidden):
		http.Error(w, "forbidden", http.StatusForbidden)
	default:
		// The widget protocol reports failures in the body with 200.
		fmt.Fprintf(w, "ERR %v", err)
	}
}

var _ = []any{renderError, byType, chain, withStatus, noStatuses, fallback, reasoned}
