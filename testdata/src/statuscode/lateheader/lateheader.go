// Package lateheader holds statuscode/late-header cases: a header set after
// the response was written, and traps.
package lateheader

import (
	"fmt"
	"net/http"
)

// Late sets the content type after the body.
func Late(w http.ResponseWriter, r *http.Request) { // want Late:"writes\\(body\\)"
	fmt.Fprint(w, "hello")
	w.Header().Set("Content-Type", "text/plain") // want `statuscode/late-header: header set after the response was written`
}

// AfterStatus adds a header after WriteHeader.
func AfterStatus(w http.ResponseWriter, r *http.Request) { // want AfterStatus:"writes\\(status\\)"
	w.WriteHeader(http.StatusCreated)
	w.Header().Add("Location", "/x")           // want `statuscode/late-header: header set after the response was written`
	http.SetCookie(w, &http.Cookie{Name: "a"}) // want `statuscode/late-header: header set after the response was written`
}

// Before is a trap.
func Before(w http.ResponseWriter, r *http.Request) { // want Before:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprint(w, "hello")
}

// OnePath is a trap: only one path has written.
func OnePath(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/x" {
		fmt.Fprint(w, "x")
	}
	w.Header().Set("X-Path", r.URL.Path)
}

// EarlyHints is a trap: a 1xx status is not the final header.
func EarlyHints(w http.ResponseWriter, r *http.Request) { // want EarlyHints:"writes\\(status,header-first\\)"
	w.Header().Set("Link", "</style.css>; rel=preload")
	w.WriteHeader(http.StatusEarlyHints)
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusOK)
}

// Trailers is a trap: trailers are set after the body on purpose.
func Trailers(w http.ResponseWriter, r *http.Request) { // want Trailers:"writes\\(body,header-first\\)"
	w.Header().Set("Trailer", "X-Checksum")
	fmt.Fprint(w, "body")
	w.Header().Set("X-Checksum", "abc")
	w.Header().Set(http.TrailerPrefix+"X-Other", "1")
}
