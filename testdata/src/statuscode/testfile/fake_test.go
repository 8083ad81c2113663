package testfile

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestFake(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			t.Errorf("parse: %v", err)
			return
		}
		w.WriteHeader(0)
	}))
	defer srv.Close()
}
