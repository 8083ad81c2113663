package noreturn

import (
	"errors"
	"net/http"
)

type codedError struct{ code int }

func (e *codedError) Error() string { return "failed" }

// codeOf returns the status an error carries, 500 when it carries none.
func codeOf(err error) int {
	var ce *codedError
	if errors.As(err, &ce) {
		return ce.code
	}
	return http.StatusInternalServerError
}

// renderErr answers with the status the error carries: a status whose
// value the types do not give.
func renderErr(w http.ResponseWriter, err error) { // want renderErr:"writes\\(status\\)"
	w.WriteHeader(codeOf(err))
}

func enroll(r *http.Request) error { return &codedError{http.StatusConflict} }

// Enroll answers the failure, then answers success too.
func Enroll(w http.ResponseWriter, r *http.Request) { // want Enroll:"writes\\(status\\)"
	if err := enroll(r); err != nil {
		renderErr(w, err) // want `statuscode/missing-return: missing return after the error response: the handler goes on to write again \(line 34\)`
	}
	w.WriteHeader(http.StatusNoContent)
}

// EnrollReturns is a trap: the answer to the failure is the last one.
func EnrollReturns(w http.ResponseWriter, r *http.Request) { // want EnrollReturns:"writes\\(status\\)"
	if err := enroll(r); err != nil {
		renderErr(w, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Preflight is a trap: a status written outside an error branch (the
// answer to a HEAD) is not an error response.
func Preflight(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(codeOf(nil))
	}
	_, _ = w.Write([]byte("ok"))
}
