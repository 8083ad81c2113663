package lateheader

import (
	"io"
	"log"
	"net/http"
)

// A flush through http.Flusher sends the header (an implicit 200): the
// 500 after it is lost.
func streamEvents(w http.ResponseWriter, r *http.Request, src io.Reader) { // want streamEvents:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "text/event-stream")
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	if _, err := io.Copy(w, src); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/late-header: status written after the response was written`
		return
	}
}

// The flusher asserted on its own line and used later: the same.
func streamLater(w http.ResponseWriter, r *http.Request, src io.Reader) { // want streamLater:"writes\\(body,header-first\\)"
	f, ok := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	if ok {
		f.Flush()
	}
	if _, err := io.Copy(w, src); err != nil {
		w.WriteHeader(http.StatusBadGateway) // want `statuscode/late-header: status written after the response was written`
	}
}

// Traps.

// A writer that cannot flush is refused before anything is written: a
// complete error response, the first write.
func streamOrRefuse(w http.ResponseWriter, r *http.Request, src io.Reader) {
	f, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	f.Flush()
	if _, err := io.Copy(w, src); err != nil {
		log.Printf("stream: %v", err) // the stream has started: nothing left to answer
		return
	}
}

// The error is answered before the flush: the status goes out first.
func checkThenStream(w http.ResponseWriter, r *http.Request, open func() (io.Reader, error)) {
	src, err := open()
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	_, _ = io.Copy(w, src)
}
