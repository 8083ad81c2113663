package lateheader

import (
	"encoding/json"
	"net/http"
)

// replyRPC writes 500 on the error path, then falls through to the header
// and the body that both paths share: on the error path the header has
// already gone out, and the error body is sent without its Content-Type.
func replyRPC(w http.ResponseWriter, result any, err error) {
	if err != nil {
		result = map[string]string{"error": err.Error()}
		w.WriteHeader(http.StatusInternalServerError)
	}
	w.Header().Set("Content-Type", "application/json") // want `statuscode/late-header: header set after the response was written`
	_ = json.NewEncoder(w).Encode(result)
}

// sendJSON sets Content-Type, then writes the body.
func sendJSON(w http.ResponseWriter, v any) { // want sendJSON:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// replyCase reaches a helper that sets a header after the 400 of one case.
func replyCase(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
	sendJSON(w, r.URL.Path) // want `statuscode/late-header: sendJSON sets a header before it writes`
}

// replyTied is a trap: the header is set under a test of the same error,
// so no path carries both the 500 and the header.
func replyTied(w http.ResponseWriter, result any, err error) {
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
	if err == nil {
		w.Header().Set("Content-Type", "application/json")
	}
	_ = json.NewEncoder(w).Encode(result)
}

// replyFlag is a trap: a flag records the status, and the header is set
// only when it was not written.
func replyFlag(w http.ResponseWriter, result any, err error) {
	wrote := false
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		wrote = true
	}
	if !wrote {
		w.Header().Set("Content-Type", "application/json")
	}
	_ = json.NewEncoder(w).Encode(result)
}

// replyHints is a trap: 103 Early Hints does not send the final header.
func replyHints(w http.ResponseWriter, result any, hint bool) { // want replyHints:"writes\\(body,header-first\\)"
	if hint {
		w.Header().Add("Link", "</app.css>; rel=preload")
		w.WriteHeader(http.StatusEarlyHints)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(result)
}

// replyTwice is a trap for this rule: the error response is complete and
// the missing return is reported once, by missing-return, not again at
// the header below it.
func replyTwice(w http.ResponseWriter, result any, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/missing-return`
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(result)
}

var _ = []any{replyRPC, replyCase, replyTied, replyFlag, replyHints, replyTwice}

// renderHome falls through from its 500 to a header and a 200: the missing
// return is the one defect, reported once, at the 500 (athens); the header
// lost after it is not reported again.
func renderHome(w http.ResponseWriter, r *http.Request) { // want renderHome:"writes\\(status\\)"
	var page any
	err := json.Unmarshal([]byte(r.URL.RawQuery), &page)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `statuscode/missing-return: missing return after the error response: the handler goes on to write again`
	}
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode(page)
}
