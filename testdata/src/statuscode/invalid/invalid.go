// Package invalid holds statuscode/invalid-status cases: a status that
// makes net/http panic.
package invalid

import "net/http"

type rec struct{ http.ResponseWriter }

// Bad writes statuses outside 100..999.
func Bad(w http.ResponseWriter, r *http.Request) { // want Bad:"writes\\(status\\)"
	if r.URL.Path == "/a" {
		w.WriteHeader(0) // want `statuscode/invalid-status: invalid HTTP status 0`
		return
	}
	if r.URL.Path == "/b" {
		http.Error(w, "x", 1000) // want `statuscode/invalid-status: invalid HTTP status 1000`
		return
	}
	rw := rec{w}
	rw.WriteHeader(42) // want `statuscode/invalid-status: invalid HTTP status 42`
}

// Good is a trap: odd but valid statuses.
func Good(w http.ResponseWriter, r *http.Request) { // want Good:"writes\\(error-status\\)"
	if r.URL.Path == "/a" {
		w.WriteHeader(599)
		return
	}
	w.WriteHeader(http.StatusTeapot)
}
