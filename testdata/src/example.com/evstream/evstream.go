// Package evstream is a stand-in for an event-stream library whose
// constructor, given the http.ResponseWriter, sends the header at once.
package evstream

import "net/http"

type Stream struct{ w http.ResponseWriter }

func NewStream(w http.ResponseWriter) *Stream {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	return &Stream{w: w}
}

func (s *Stream) Write(p []byte) (int, error) { return s.w.Write(p) }
