package mixed

import (
	"errors"
	"net/http"
	"testing"
)

func find(r *http.Request) (string, error) {
	if r.URL.Path == "" {
		return "", errors.New("no path")
	}
	return r.URL.Path, nil
}

// FakeStore is a trap: a fake server for the package's tests answers 200
// on failure on purpose.
func FakeStore(t testing.TB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := find(r); err != nil {
			t.Log(err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
