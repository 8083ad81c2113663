// Package handlers uses helpers from another package, judged by facts.
package handlers

import (
	"encoding/json"
	"errors"
	"net/http"

	"statuscode/facts/respond"
)

func work() error { return errors.New("x") }

// Internal is a trap: the helper answers 500.
func Internal(w http.ResponseWriter, r *http.Request) { // want Internal:"writes\\(status\\)"
	if err := work(); err != nil {
		respond.InternalError(w, r, err)
		return
	}
	respond.JSON(w, http.StatusOK, "ok")
}

// Method is a trap: the helper method answers 400.
func Method(w http.ResponseWriter, r *http.Request) { // want Method:"writes\\(status\\)"
	var rs respond.Responder
	if err := work(); err != nil {
		rs.Fail(w, err.Error())
		return
	}
	respond.JSON(w, http.StatusOK, "ok")
}

// Logged: the helper never writes, so the client gets 200.
func Logged(w http.ResponseWriter, r *http.Request) {
	if err := work(); err != nil {
		respond.Log(w, r, err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	respond.JSON(w, http.StatusOK, "ok")
}

// Sometimes is a trap: the helper may write, so stay silent.
func Sometimes(w http.ResponseWriter, r *http.Request) {
	if err := work(); err != nil {
		respond.Maybe(w, err)
		return
	}
	respond.JSON(w, http.StatusOK, "ok")
}

// BodyOnly writes the error as a body with an implicit 200.
func BodyOnly(w http.ResponseWriter, r *http.Request) {
	if err := work(); err != nil {
		respond.Body(w, map[string]string{"error": err.Error()}) // want `statuscode/body-200: error body written with an implicit 200 OK`
		return
	}
	respond.JSON(w, http.StatusOK, "ok")
}

// Forbidden answers 403 through a helper that takes the status, then
// goes on to the success response.
func Forbidden(w http.ResponseWriter, r *http.Request) { // want Forbidden:"writes\\(status\\)"
	if r.Header.Get("X-Token") == "" {
		respond.JSON(w, http.StatusForbidden, "no token") // want `statuscode/missing-return: missing return after the error response`
	}
	respond.Plain(w, http.StatusOK, "ok")
}

// ProblemFallsThrough answers with an error value's status, then goes on.
func ProblemFallsThrough(w http.ResponseWriter, r *http.Request) { // want ProblemFallsThrough:"writes\\(status\\)"
	if err := work(); err != nil {
		respond.Problem(w, respond.APIError{Status: http.StatusBadGateway, Msg: err.Error()}) // want `statuscode/missing-return: missing return after the error response`
	}
	respond.JSON(w, http.StatusOK, "ok")
}

// Created is a trap: the helper is given a success status, then a second
// helper call on another path only.
func Created(w http.ResponseWriter, r *http.Request) { // want Created:"writes\\(status\\)"
	if r.Method == http.MethodPut {
		respond.Plain(w, http.StatusCreated, "created")
		return
	}
	respond.Plain(w, http.StatusOK, "ok")
}

// VariableStatus is a trap: the status is not known at the call site.
func VariableStatus(w http.ResponseWriter, r *http.Request, code int) { // want VariableStatus:"writes\\(status\\)"
	if r.URL.Path == "/x" {
		respond.JSON(w, code, "x")
	}
	respond.JSON(w, http.StatusOK, "ok")
}

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func parse(r *http.Request) (int, error) { return 0, errFailed }

// AfterMaybe: the helper writes only when it fails, so a later error
// branch that drops its error is still judged.
func AfterMaybe(w http.ResponseWriter, r *http.Request) {
	respond.Maybe(w, work())
	n, err := parse(r)
	if err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	respond.JSON(w, http.StatusOK, n)
}

// Made writes the status, then calls a helper that sets Content-Type
// before it writes: the header is lost.
func Made(w http.ResponseWriter, r *http.Request) { // want Made:"writes\\(status\\)"
	w.WriteHeader(http.StatusCreated)
	respond.Send(w, "made") // want `statuscode/late-header: Send sets a header before it writes, but the response was already written`
}

// MadeRaw is a trap: the helper sets no header.
func MadeRaw(w http.ResponseWriter, r *http.Request) { // want MadeRaw:"writes\\(status\\)"
	w.WriteHeader(http.StatusCreated)
	respond.Raw(w, []byte("made"))
}

// MaybeMade writes the status on one path only, then falls through to
// the helper: on that path its Content-Type is lost.
func MaybeMade(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
	}
	respond.Send(w, "made") // want `statuscode/late-header: Send sets a header before it writes`
}

// MaybeMadeTied is a trap: the helper is called only on the paths that
// did not write the status.
func MaybeMadeTied(w http.ResponseWriter, r *http.Request) {
	post := r.Method == http.MethodPost
	if post {
		w.WriteHeader(http.StatusCreated)
	}
	if !post {
		respond.Send(w, "made")
	}
}

// EncodeFailed answers the failure of the write itself, but the status
// had gone out before it: the helper's header is lost.
func EncodeFailed(w http.ResponseWriter, r *http.Request) { // want EncodeFailed:"writes\\(status\\)"
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode("made"); err != nil {
		respond.Send(w, err.Error()) // want `statuscode/late-header: Send sets a header before it writes`
	}
}

// EncodeFailedFirst is a trap: the helper answers the failure of the
// write itself, which may have sent nothing.
func EncodeFailedFirst(w http.ResponseWriter, r *http.Request) { // want EncodeFailedFirst:"writes\\(body\\)"
	if err := json.NewEncoder(w).Encode("made"); err != nil {
		respond.Send(w, err.Error())
	}
}

// Accepted writes 202, then the helper of another package writes its
// status again on the verbose path (its fact: a status first).
func Accepted(w http.ResponseWriter, r *http.Request) { // want Accepted:"writes\\(status\\)"
	w.WriteHeader(http.StatusAccepted)
	if r.URL.Query().Has("verbose") {
		respond.JSON(w, http.StatusAccepted, "accepted") // want `statuscode/late-header: JSON writes a status first on every path, but the response was already written`
	}
}

// AcceptedMaybe is a trap: the other package's helper writes an error
// status only when it fails.
func AcceptedMaybe(w http.ResponseWriter, r *http.Request) { // want AcceptedMaybe:"writes\\(status\\)"
	w.WriteHeader(http.StatusAccepted)
	respond.Maybe(w, work())
}
