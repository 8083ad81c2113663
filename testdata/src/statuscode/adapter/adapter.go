// Package adapter has handlers written as func(w, r) (int, error) and the
// wrappers that write the status they return.
package adapter

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
)

type item struct{ Name string }

func load(r *http.Request) (*item, error) {
	if r.URL.Path == "" {
		return nil, errors.New("no path")
	}
	return &item{Name: r.URL.Path}, nil
}

// appHandler answers with the status it returns when it returns an error.
type appHandler func(w http.ResponseWriter, r *http.Request) (int, error)

// ServeHTTP writes the returned status: right.
func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if status, err := fn(w, r); err != nil {
		log.Printf("%s: %v", r.URL.Path, err)
		http.Error(w, http.StatusText(status), status)
	}
}

// dropped logs the adapter's error and returns: the status it returned is lost.
type dropped func(w http.ResponseWriter, r *http.Request) (int, error)

func (fn dropped) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	status, err := fn(w, r)
	if err != nil {
		log.Printf("%d: %v", status, err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
}

// fallsThrough writes the returned status and then the success body too.
type fallsThrough func(w http.ResponseWriter, r *http.Request) (int, any, error)

func (fn fallsThrough) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	status, v, err := fn(w, r)
	if err != nil {
		http.Error(w, err.Error(), status) // want `statuscode/missing-return: missing return after the error response`
	}
	_ = json.NewEncoder(w).Encode(v)
}

// get is an adapter: it returns the status and the error, the wrapper answers.
func get(w http.ResponseWriter, r *http.Request) (int, error) {
	it, err := load(r)
	if err != nil {
		return http.StatusNotFound, err
	}
	return http.StatusOK, json.NewEncoder(w).Encode(it)
}

// getOK hands the wrapper a 200 with its error: the client is told the
// failed request succeeded.
func getOK(w http.ResponseWriter, r *http.Request) (int, error) {
	it, err := load(r)
	if err != nil {
		return http.StatusOK, err // want `statuscode/success-status: success status 200 returned with the error`
	}
	return http.StatusOK, json.NewEncoder(w).Encode(it)
}

// getTolerant returns 200 and no error on a failure it tolerates: right.
func getTolerant(w http.ResponseWriter, r *http.Request) (int, error) { // want getTolerant:"writes\\(body\\)"
	it, err := load(r)
	if err != nil {
		it = &item{Name: "default"}
		return http.StatusOK, json.NewEncoder(w).Encode(it)
	}
	return http.StatusOK, json.NewEncoder(w).Encode(it)
}

// getNotModified returns a 3xx with the error: deliberate, not reported.
func getNotModified(w http.ResponseWriter, r *http.Request) (int, error) { // want getNotModified:"writes\\(never\\)"
	if _, err := load(r); err != nil {
		return http.StatusNotModified, err
	}
	return http.StatusNoContent, nil
}

// result is what a ctx-style adapter returns beside its error.
type result struct {
	status int
	body   any
}

// ctxHandler writes the status field of the result that came with the error.
type ctxHandler func(w http.ResponseWriter, r *http.Request) (result, error)

func (h ctxHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res, err := h(w, r)
	if err != nil {
		http.Error(w, err.Error(), res.status) // want `statuscode/missing-return: missing return after the error response`
	}
	_ = json.NewEncoder(w).Encode(res.body)
}

// ctxReturns is a trap: the same wrapper with the return.
type ctxReturns func(w http.ResponseWriter, r *http.Request) (result, error)

func (h ctxReturns) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res, err := h(w, r)
	if err != nil {
		http.Error(w, err.Error(), res.status)
		return
	}
	w.WriteHeader(res.status)
	_ = json.NewEncoder(w).Encode(res.body)
}

// errHandler is a trap: a func(w, r) error adapter returns no status, so
// it may have answered for its failure itself; the wrapper only logs.
type errHandler func(w http.ResponseWriter, r *http.Request) error

func (fn errHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		log.Print(err)
		return
	}
}

// plainStatus is a trap: a status that did not come with an error,
// written in a branch that is not an error branch, then a return.
func plainStatus(w http.ResponseWriter, r *http.Request, status int) {
	if status >= 400 {
		http.Error(w, http.StatusText(status), status)
		return
	}
	_ = json.NewEncoder(w).Encode("ok")
}

var routes = map[string]http.Handler{
	"/":    appHandler(get),
	"/ok":  appHandler(getOK),
	"/t":   dropped(getTolerant),
	"/nm":  appHandler(getNotModified),
	"/all": fallsThrough(func(w http.ResponseWriter, r *http.Request) (int, any, error) { return 200, nil, nil }),
	"/e":   errHandler(func(w http.ResponseWriter, r *http.Request) error { return nil }),
	"/p":   http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { plainStatus(w, r, 200) }),
}
