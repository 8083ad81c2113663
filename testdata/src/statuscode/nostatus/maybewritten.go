package nostatus

import (
	"encoding/json"
	"log"
	"net/http"
)

// streamFailure is a trap: when sent is false it writes the status here,
// when it is true the caller already did. Either way, at the error branch
// of Marshal the status may have gone out, so it is not known that the
// client gets 200.
func streamFailure(w http.ResponseWriter, sent bool, code int, v any) {
	if !sent {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
	}
	b, err := json.Marshal(v)
	if err != nil {
		log.Printf("marshal the error: %v", err)
		return
	}
	_, _ = w.Write(b)
}

// streamFailure500 is a trap: the same with an error status written on
// the path where the caller had not sent one.
func streamFailure500(w http.ResponseWriter, sent bool, v any) {
	if !sent {
		w.WriteHeader(http.StatusInternalServerError)
	}
	b, err := json.Marshal(v)
	if err != nil {
		log.Printf("marshal the error: %v", err)
		return
	}
	_, _ = w.Write(b)
}

// HeadFirst writes in a branch that returns, so nothing has been written
// on the path that reaches the error branch: the client gets 200.
func HeadFirst(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	b, err := json.Marshal(r.Context().Value(itemsKey{}))
	if err != nil {
		log.Printf("marshal: %v", err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_, _ = w.Write(b)
}

// PlainMarshal writes nothing before its error branch.
func PlainMarshal(w http.ResponseWriter, r *http.Request) {
	b, err := json.Marshal(r.Context().Value(itemsKey{}))
	if err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_, _ = w.Write(b)
}

// itemsKey keys the request's items, of any type (they may not encode).
type itemsKey struct{}
