package lateheader

import (
	"encoding/json"
	"net/http"
)

// resultWriter writes a result in some format.
type resultWriter interface {
	WriteResult(w http.ResponseWriter, v any) error
}

// jsonResult sets Content-Type, then writes: the package's only
// resultWriter.
type jsonResult struct{}

func (jsonResult) WriteResult(w http.ResponseWriter, v any) error { // want WriteResult:"writes\\(may,header-first\\)"
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(b)
	return err
}

// healthHandler writes the status, then lets the result writer set its
// Content-Type: lost.
func healthHandler(rw resultWriter, down bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		status := http.StatusOK
		if down {
			status = http.StatusServiceUnavailable
		}
		w.WriteHeader(status)
		_ = rw.WriteResult(w, status) // want `statuscode/late-header: WriteResult sets a header before it writes`
	}
}

// pageWriter renders a page; its implementations differ.
type pageWriter interface {
	WritePage(w http.ResponseWriter, page string)
}

type htmlPage struct{}

func (htmlPage) WritePage(w http.ResponseWriter, page string) { // want WritePage:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "text/html")
	_, _ = w.Write([]byte(page))
}

type rawPage struct{}

func (rawPage) WritePage(w http.ResponseWriter, page string) { // want WritePage:"writes\\(body\\)"
	_, _ = w.Write([]byte(page))
}

// pageHandler is a trap: one of the package's page writers sets no
// header, so the call cannot be said to lose one.
func pageHandler(pw pageWriter) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
		pw.WritePage(w, "accepted")
	}
}

var _ = []any{healthHandler, pageHandler, htmlPage{}, rawPage{}, jsonResult{}}
