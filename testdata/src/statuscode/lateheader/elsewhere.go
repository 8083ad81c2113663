package lateheader

import (
	"bufio"
	"errors"
	"html/template"
	"io"
	"net/http"
	"sync"
)

const endTrailer = "End-Of-Stream"

// Stream announces the trailer, then lets finish set it after the body.
func Stream(w http.ResponseWriter, r *http.Request) { // want Stream:"writes\\(body,header-first\\)"
	w.Header().Set("Trailer", endTrailer)
	_, _ = io.Copy(w, r.Body)
	finish(w)
}

// finish is a trap: it sets the trailer that Stream announced, after the
// status, on purpose.
func finish(w http.ResponseWriter) { // want finish:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	w.Header().Set(endTrailer, "complete")
}

// notATrailer still reports a key that nobody announces.
func notATrailer(w http.ResponseWriter) { // want notATrailer:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	w.Header().Set("End-Of-Story", "complete") // want `statuscode/late-header: header set after the response was written`
}

var page = template.Must(template.New("p").Parse(`{{.}}`))

// renderPage is a trap: after `if err == nil { return }` the rest of the
// block is the error branch of the template's own write; an escaping
// error means nothing was written, and the 500 is right.
func renderPage(w http.ResponseWriter, data any) { // want renderPage:"writes\\(body\\)"
	err := page.Execute(w, data)
	if err == nil {
		return
	}
	var tErr *template.Error
	if errors.As(err, &tErr) {
		http.Error(w, "internal server error", http.StatusInternalServerError)
	}
}

var _ = []any{Stream, notATrailer, renderPage, pooled}

var pool = sync.Pool{New: func() any { return bufio.NewWriter(nil) }}

// pooled is a trap: Reset binds the pooled writer to w and writes nothing,
// so the 416 is the first status.
func pooled(w http.ResponseWriter, r *http.Request) {
	bw := pool.Get().(*bufio.Writer)
	bw.Reset(w)
	defer pool.Put(bw)
	if r.Header.Get("Range") == "bad" {
		http.Error(w, "bad range", http.StatusRequestedRangeNotSatisfiable)
		return
	}
	_, _ = bw.WriteString("body")
	_ = bw.Flush()
}
