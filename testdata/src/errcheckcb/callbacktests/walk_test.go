package callbacktests

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

// In tests, only the panic is reported: a nil info used before the error.
func TestWalk(t *testing.T) {
	filepath.Walk(t.TempDir(), func(path string, info os.FileInfo, err error) error { // want `callback parameter err is never checked: filepath.Walk passes a nil info`
		t.Log(info.Name())
		return nil
	})
	// A stub that ignores the error it is given is not reported in a test.
	filepath.Walk(t.TempDir(), func(path string, info os.FileInfo, err error) error {
		t.Log(path)
		return nil
	})
	handler := func(w http.ResponseWriter, r *http.Request, err error) { w.WriteHeader(http.StatusTeapot) }
	_ = handler
}
