package nostatus

import (
	"log"
	"net/http"
)

type apiError struct{ msg string }

func (e *apiError) Error() string { return e.msg }

type session struct{ user string }

func negotiate(r *http.Request) (string, *apiError) { return "", &apiError{"unsupported"} }

func currentSession(r *http.Request) *session { return nil }

// Negotiated fails through a concrete error pointer, then only logs.
func Negotiated(w http.ResponseWriter, r *http.Request) {
	kind, apiErr := negotiate(r)
	if apiErr != nil {
		log.Print(apiErr)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_, _ = w.Write([]byte(kind))
}

// Anonymous is a trap: a nil pointer that is no error is not a failure.
func Anonymous(w http.ResponseWriter, r *http.Request) {
	if s := currentSession(r); s == nil {
		return
	}
	_, _ = w.Write([]byte("hello"))
}
