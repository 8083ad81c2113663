package handlers

import (
	"fmt"
	"io"
	"net/http"
	"strconv"

	"statuscode/facts/respond"
)

// Stream goes on to stream after answering 400 through a helper that
// writes the error's text: the blob lands in the error response.
func Stream(w http.ResponseWriter, r *http.Request, blob io.Reader) {
	n, err := strconv.Atoi(r.Header.Get("X-Length"))
	if err != nil {
		respond.Status(w, fmt.Errorf("bad length: %w", err), http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
	}
	w.Header().Set("Content-Length", strconv.Itoa(n))
	_, _ = io.Copy(w, blob)
}

// StreamErr does the same with the error itself, tested just above.
func StreamErr(w http.ResponseWriter, r *http.Request, blob io.Reader) {
	if _, err := strconv.Atoi(r.Header.Get("X-Length")); err != nil {
		respond.Status(w, err, http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
	}
	_, _ = io.Copy(w, blob)
}

// BareStatus is a trap: with a nil error the helper writes the status
// alone, and the body below is that status's body.
func BareStatus(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		respond.Status(w, nil, http.StatusMethodNotAllowed)
	}
	fmt.Fprintln(w, "allowed: GET")
}

// Reassigned is a trap: the error may be nil again when the helper runs.
func Reassigned(w http.ResponseWriter, r *http.Request) {
	_, err := strconv.Atoi(r.Header.Get("X-Length"))
	if err != nil {
		err = retry()
		respond.Status(w, err, http.StatusBadGateway)
	}
	fmt.Fprintln(w, "done")
}

func retry() error { return nil }
