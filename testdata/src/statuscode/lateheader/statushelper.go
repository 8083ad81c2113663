package lateheader

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// A helper that writes a status first on every path, called after the
// status was sent: its WriteHeader is superfluous and its status is lost.

type report struct{ Problems []string }

// asText writes the status it is given, then the value as text.
func asText(w http.ResponseWriter, v any, code int) int { // want asText:"writes\\(status,body,header-first,status-param=3\\)"
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	n, _ := fmt.Fprintln(w, v)
	return n
}

// asJSON writes the status, then falls back to text when the value does
// not marshal: the fallback writes the status a second time.
func asJSON(w http.ResponseWriter, v any, code int) int { // want asJSON:"writes\\(status,header-first,status-param=3\\)"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	b, err := json.Marshal(v)
	if err != nil {
		return asText(w, v, code) // want `statuscode/late-header: asText writes a status first on every path, but the response was already written`
	}
	n, _ := w.Write(b)
	return n
}

// answer picks the encoding; either way the status comes first.
func answer(w http.ResponseWriter, r *http.Request, v any, code int) { // want answer:"writes\\(status\\)"
	if strings.Contains(r.Header.Get("Accept"), "json") {
		asJSON(w, v, code)
		return
	}
	asText(w, v, code)
}

// Ingest accepts the batch with 202, then on the verbose path answers
// through a helper that writes the status again.
func Ingest(w http.ResponseWriter, r *http.Request, rep *report) { // want Ingest:"writes\\(status\\)"
	if len(rep.Problems) == 0 {
		w.WriteHeader(http.StatusAccepted)
		if r.URL.Query().Has("verbose") {
			answer(w, r, rep, http.StatusAccepted) // want `statuscode/late-header: answer writes a status first on every path`
		}
		return
	}
	answer(w, r, rep, http.StatusBadRequest)
}

// Rejected writes 400 itself, then the helper's 400 is a second status.
func Rejected(w http.ResponseWriter, r *http.Request) { // want Rejected:"writes\\(error-status,body\\)"
	w.WriteHeader(http.StatusBadRequest)
	asText(w, "bad request", http.StatusBadRequest) // want `statuscode/late-header: asText writes a status first on every path`
}

// IngestFixed is a trap: the verbose path leaves the status to the helper.
func IngestFixed(w http.ResponseWriter, r *http.Request, rep *report) { // want IngestFixed:"writes\\(status\\)"
	if r.URL.Query().Has("verbose") {
		answer(w, r, rep, http.StatusAccepted)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Hinted is a trap: 103 Early Hints is not the response's status.
func Hinted(w http.ResponseWriter, r *http.Request) { // want Hinted:"writes\\(status,header-first\\)"
	w.Header().Add("Link", "</app.css>; rel=preload")
	w.WriteHeader(http.StatusEarlyHints)
	asText(w, "ok", http.StatusOK)
}

// emptyOr writes 204 for nothing, else the body with the implicit 200: a
// status first on some paths only.
func emptyOr(w http.ResponseWriter, b []byte) {
	if len(b) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	_, _ = w.Write(b)
}

// AfterMaybe is a trap: the helper's status is not known to come first.
func AfterMaybe(w http.ResponseWriter, r *http.Request) { // want AfterMaybe:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	emptyOr(w, nil)
}

// StatusOnSomePaths is a trap: a flag ties the paths, one status each.
func StatusOnSomePaths(w http.ResponseWriter, r *http.Request) {
	done := false
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		done = true
	}
	if !done {
		asText(w, "ok", http.StatusOK)
	}
}

// EncodeFailedStatus answers the failure of the write itself, but the
// status had gone out before it: the helper's 500 is lost.
func EncodeFailedStatus(w http.ResponseWriter, r *http.Request, rep *report) { // want EncodeFailedStatus:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	if err := json.NewEncoder(w).Encode(rep); err != nil {
		asText(w, err.Error(), http.StatusInternalServerError) // want `statuscode/late-header: asText writes a status first on every path`
	}
}

// EncodeFailedFirst is a trap: the helper answers the failure of the
// write itself, which may have sent nothing (a value that does not
// marshal).
func EncodeFailedFirst(w http.ResponseWriter, r *http.Request, rep *report) { // want EncodeFailedFirst:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(rep); err != nil {
		asText(w, err.Error(), http.StatusInternalServerError)
	}
}
