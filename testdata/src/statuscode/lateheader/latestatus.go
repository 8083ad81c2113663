package lateheader

import (
	"encoding/json"
	"io"
	"net/http"
)

// writeJSONErr writes an error object to any writer; it sets no status.
func writeJSONErr(w io.Writer, msg string) {
	b, _ := json.Marshal(map[string]string{"error": msg})
	_, _ = w.Write(b)
}

// reply writes a body with the implicit 200.
func reply(w http.ResponseWriter, b []byte) { // want reply:"writes\\(body\\)"
	_, _ = w.Write(b)
}

// StatusAfterBody writes the error body, then the status: the client gets 200.
func StatusAfterBody(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		writeJSONErr(w, "no id")
		w.WriteHeader(http.StatusBadRequest) // want `statuscode/late-header: status written after the response was written`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// OKAfterHelper writes 200 again after a helper wrote the body.
func OKAfterHelper(w http.ResponseWriter, r *http.Request) { // want OKAfterHelper:"writes\\(body\\)"
	reply(w, []byte("ok"))
	w.WriteHeader(http.StatusOK) // want `statuscode/late-header: status written after the response was written`
}

// ErrorAfterBody calls http.Error once the body has gone out.
func ErrorAfterBody(w http.ResponseWriter, r *http.Request) { // want ErrorAfterBody:"writes\\(body\\)"
	_, _ = io.WriteString(w, "partial")
	http.Error(w, "failed", http.StatusInternalServerError) // want `statuscode/late-header: status written after the response was written`
}

// StatusFirst is a trap: the status comes before the body.
func StatusFirst(w http.ResponseWriter, r *http.Request) { // want StatusFirst:"writes\\(error-status,body\\)"
	w.WriteHeader(http.StatusBadRequest)
	writeJSONErr(w, "bad")
}

// SomePaths is a trap for this check (missing-return's business when the
// first write is an error): only one path has written before the status.
func SomePaths(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		writeJSONErr(w, "head")
	}
	w.WriteHeader(http.StatusNoContent)
}

// Hints is a trap: a 1xx status may precede the final one.
func Hints(w http.ResponseWriter, r *http.Request) { // want Hints:"writes\\(status\\)"
	w.WriteHeader(http.StatusEarlyHints)
	w.WriteHeader(http.StatusOK)
}

// EncodeFailed is a trap: the encoder fails before writing anything when
// the value cannot be marshalled, and then the 500 is right.
func EncodeFailed(w http.ResponseWriter, r *http.Request) { // want EncodeFailed:"writes\\(body\\)"
	if err := json.NewEncoder(w).Encode(r.URL.Query()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// CopyFailed is a trap: the copy may fail on its first read.
func CopyFailed(w http.ResponseWriter, r *http.Request) { // want CopyFailed:"writes\\(body\\)"
	if _, err := io.Copy(w, r.Body); err != nil {
		w.WriteHeader(http.StatusBadGateway)
	}
}
