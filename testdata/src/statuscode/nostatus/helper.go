package nostatus

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
)

// errorFrame is one error chunk of a streamed response.
type errorFrame struct {
	Error  string `json:"error"`
	Detail any    `json:"detail,omitempty"` // may not encode
}

// frameCodec turns values into chunks.
type frameCodec interface {
	Marshal(v any) ([]byte, error)
}

// StreamError is a trap: a helper, not a handler by its type and never
// handed on as a value, that writes an error chunk into a stream its
// caller started. It writes no status on any path: the caller owns the
// status, so the return after a failed Marshal leaves nothing unanswered
// here.
func StreamError(ctx context.Context, codec frameCodec, w http.ResponseWriter, r *http.Request, err error) {
	buf, merr := codec.Marshal(errorFrame{Error: err.Error()})
	if merr != nil {
		log.Printf("marshal the error frame: %v", merr)
		return
	}
	if _, werr := w.Write(buf); werr != nil {
		log.Printf("write the error frame: %v", werr)
	}
}

// ErrorFrame has the same error return in a handler: it owns the
// response, and the failed Marshal leaves the client a 200.
func ErrorFrame(w http.ResponseWriter, r *http.Request) {
	buf, err := json.Marshal(errorFrame{Error: r.URL.Query().Get("error")})
	if err != nil {
		log.Printf("marshal the error frame: %v", err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.Write(buf)
}

// sendFrame is a helper that writes a status on another path: it answers
// for the status, so the failed Marshal is judged here.
func sendFrame(codec frameCodec, w http.ResponseWriter, r *http.Request, v any, created bool) {
	buf, err := codec.Marshal(v)
	if err != nil {
		log.Printf("marshal the frame: %v", err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	if created {
		w.WriteHeader(http.StatusCreated)
	}
	w.Write(buf)
}

// routeParams are a router's path parameters.
type routeParams map[string]any

// route registers a handler of the router's own shape.
func route(pattern string, h func(http.ResponseWriter, *http.Request, routeParams)) {}

// listItems is a handler of another shape, registered with the router as
// a value: it owns the response although it writes only a body.
func listItems(w http.ResponseWriter, r *http.Request, ps routeParams) {
	buf, err := json.Marshal(ps)
	if err != nil {
		log.Printf("marshal the items: %v", err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.Write(buf)
}

// Routes registers listItems.
func Routes() {
	route("/items", listItems)
}
