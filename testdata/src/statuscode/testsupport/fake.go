// Package testsupport is a test-support package: it imports testing, and
// its fake server misbehaves on purpose. Nothing is reported here.
package testsupport

import (
	"errors"
	"net/http"
	"testing"
)

// FakeServer answers 200 with an empty body when asked to fail, to test a
// client's handling of that.
func FakeServer(t *testing.T) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := check(r); err != nil {
			t.Log(err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

func check(r *http.Request) error {
	if r.URL.Path == "/fail" {
		return errors.New("asked to fail")
	}
	return nil
}
