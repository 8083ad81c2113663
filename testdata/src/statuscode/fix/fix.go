// Package fix holds the cases whose findings come with a suggested fix.
package fix

import (
	"fmt"
	"log"
	"net/http"
)

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func save() error { return errFailed }

// NoStatus gets an http.Error before its return.
func NoStatus(rw http.ResponseWriter, req *http.Request) {
	if err := save(); err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	rw.WriteHeader(http.StatusNoContent)
}

// Nested keeps the indentation of a nested return.
func Nested(w http.ResponseWriter, r *http.Request) {
	for i := 0; i < 2; i++ {
		if err := save(); err != nil {
			return // want `statuscode/no-status: error path returns without writing a status`
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// Shared gets no fix: another path into the return wrote already.
func Shared(w http.ResponseWriter, r *http.Request) {
	if err := save(); err != nil {
		if r.URL.Path == "/x" {
			http.NotFound(w, r)
		}
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.WriteHeader(http.StatusNoContent)
}

// NoReturn gets a return after the error response.
func NoReturn(w http.ResponseWriter, r *http.Request) {
	if err := save(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
		log.Print(err)
	}
	fmt.Fprint(w, "ok")
}

// Named results allow a bare return.
func Named(w http.ResponseWriter, r *http.Request) (ok bool) {
	if err := save(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
		log.Print(err)
	}
	fmt.Fprint(w, "ok")
	return true
}

// Unnamed results get no fix.
func Unnamed(w http.ResponseWriter, r *http.Request) bool {
	if err := save(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
	}
	fmt.Fprint(w, "ok")
	return true
}
