// Package mixed is a production package with one file of test support
// (fake.go imports testing): only that file's servers are fakes.
package mixed

import (
	"io"
	"net/http"
)

// Proxy copies the body, then writes the status: lost.
func Proxy(w http.ResponseWriter, r *http.Request, resp *http.Response) { // want Proxy:"writes\\(body\\)"
	if _, err := io.Copy(w, resp.Body); err != nil {
		return
	}
	w.WriteHeader(resp.StatusCode) // want `statuscode/late-header: status written after the response was written`
}

// Lookup answers a failed lookup with 200.
func Lookup(w http.ResponseWriter, r *http.Request) {
	if _, err := find(r); err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.WriteHeader(http.StatusNoContent)
}
