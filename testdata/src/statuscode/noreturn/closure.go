package noreturn

import (
	"fmt"
	"log"
	"net/http"
)

// Closure answers through a local closure, then falls through.
func Closure(w http.ResponseWriter, r *http.Request) { // want Closure:"writes\\(status\\)"
	reply := func(code int, msg string) {
		w.WriteHeader(code)
		fmt.Fprint(w, msg)
	}
	if r.URL.Path == "" {
		reply(http.StatusBadRequest, "no path") // want `statuscode/missing-return: missing return after the error response`
	}
	reply(http.StatusOK, "ok")
}

// ClosureDrop: defining the closure writes nothing, so the error branch
// that drops its error is judged.
func ClosureDrop(w http.ResponseWriter, r *http.Request) {
	reply := func(code int, msg string) {
		w.WriteHeader(code)
		fmt.Fprint(w, msg)
	}
	n, err := parse(r)
	if err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	reply(http.StatusOK, fmt.Sprint(n))
}

// ClosureReturns is a trap.
func ClosureReturns(w http.ResponseWriter, r *http.Request) { // want ClosureReturns:"writes\\(status\\)"
	reply := func(code int, msg string) {
		w.WriteHeader(code)
		fmt.Fprint(w, msg)
	}
	n, err := parse(r)
	if err != nil {
		reply(http.StatusBadRequest, err.Error())
		return
	}
	reply(http.StatusOK, fmt.Sprint(n))
}
