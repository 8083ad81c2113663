package noreturn

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type apiError struct {
	Status int
	Msg    string
}

func (e apiError) Error() string { return e.Msg }

// render answers with the error's status and a JSON body.
func render(w http.ResponseWriter, e apiError) { // want render:"writes\\(error-status,body\\)"
	w.WriteHeader(e.Status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": e.Msg})
}

// deny writes only a status: the caller writes the body.
func deny(w http.ResponseWriter) { // want deny:"writes\\(error-status\\)"
	w.WriteHeader(http.StatusForbidden)
}

// FullThenBody: the helper completed the response, then the handler
// writes its success body into it.
func FullThenBody(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("key")
	if key == "" {
		render(w, apiError{http.StatusNotFound, "no key"}) // want `statuscode/missing-return: missing return after the error response`
	}
	fmt.Fprint(w, key)
}

// StatusThenExplanation is a trap: the helper writes only the status, and
// the body that follows explains it.
func StatusThenExplanation(w http.ResponseWriter, r *http.Request) { // want StatusThenExplanation:"writes\\(error-status,body\\)"
	deny(w)
	fmt.Fprint(w, "forbidden")
}

// StatusBodyThenOK writes an error status and its body, then falls
// through to the success status.
func StatusBodyThenOK(w http.ResponseWriter, r *http.Request) { // want StatusBodyThenOK:"writes\\(status\\)"
	if r.URL.Query().Get("q") == "" {
		w.WriteHeader(http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
		fmt.Fprint(w, "no query")
	}
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "ok")
}

// StatusBodyReturns is a trap.
func StatusBodyReturns(w http.ResponseWriter, r *http.Request) { // want StatusBodyReturns:"writes\\(status\\)"
	if r.URL.Query().Get("q") == "" {
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, "no query")
		return
	}
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "ok")
}
