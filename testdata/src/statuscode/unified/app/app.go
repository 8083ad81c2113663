// Package app answers 500 directly, bypassing errs.Internal.
package app

import (
	"log"
	"net/http"

	"statuscode/unified/errs"
)

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func save() error { return errFailed }

// Direct writes 500 itself.
func Direct(w http.ResponseWriter, r *http.Request) { // want Direct:"writes\\(error-status\\)"
	if err := save(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/unified-500: direct 500 response bypasses statuscode/unified/errs.Internal`
		return
	}
	w.WriteHeader(500) // want `statuscode/unified-500: direct 500 response bypasses`
}

// Missing gets a call to errs.Internal as its fix.
func Missing(w http.ResponseWriter, r *http.Request) { // want Missing:"writes\\(error-or-never\\)"
	if err := save(); err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	errs.Internal(w, r, nil)
}

// BadRequest is a trap: only 500s must go through errs.Internal.
func BadRequest(w http.ResponseWriter, r *http.Request) { // want BadRequest:"writes\\(error-status,body\\)"
	http.Error(w, "bad", http.StatusBadRequest)
}
