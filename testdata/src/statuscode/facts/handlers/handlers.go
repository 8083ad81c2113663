// Package handlers uses helpers from another package, judged by facts.
package handlers

import (
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
