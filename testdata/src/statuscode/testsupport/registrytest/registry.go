// Package registrytest is a trap: a fake registry for other packages'
// tests. It imports neither testing nor httptest, but its name says what
// it is for, and its canned answers are not a service's.
package registrytest

import (
	"bytes"
	"io"
	"net/http"
)

// Canned answers every request with a recorded status and body.
type Canned struct {
	Status int
	Body   []byte
}

func (c *Canned) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:"writes\\(status\\)"
	w.WriteHeader(c.Status)
	if _, err := io.Copy(w, bytes.NewReader(c.Body)); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
