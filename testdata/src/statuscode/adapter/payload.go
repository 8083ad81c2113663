package adapter

import (
	"encoding/json"
	"net/http"
)

// answer describes the result of a routed handler: a status and a payload
// of any type, which the wrapper encodes.
type answer struct {
	status  int
	payload any
}

type routed struct {
	fn func(w http.ResponseWriter, r *http.Request) (answer, error)
}

// ServeHTTP writes the error and goes on to write the payload: the result
// is data, not a holder of the writer, so the write after it counts.
func (h routed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res, err := h.fn(w, r)
	if err != nil {
		http.Error(w, err.Error(), res.status) // want `statuscode/missing-return: missing return after the error response`
	}
	b, err := json.Marshal(res.payload)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(res.status)
	_, _ = w.Write(b)
}

// envelope holds a writer behind an interface with methods: it can carry
// one.
type envelope struct {
	out http.ResponseWriter
}

// wrap returns the envelope around the writer.
func wrap(w http.ResponseWriter) (envelope, error) { return envelope{out: w}, nil }

// Enveloped is a trap: after the 500 the envelope (which holds the
// writer) is used, and what it does is unknown.
func Enveloped(w http.ResponseWriter, r *http.Request) {
	env, err := wrap(w)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
	send(env)
}

func send(e envelope) { e.out.WriteHeader(http.StatusNoContent) }
