package noreturn

import (
	"errors"
	"net/http"
)

// errorWriter answers errors; the handlers know it only by its interface
// (ory's herodot Writer).
type errorWriter interface {
	WriteError(w http.ResponseWriter, r *http.Request, err error)
}

func decodeKey(r *http.Request) error { return errors.New("bad key") }

func storeKey(r *http.Request) error { return nil }

// CreateKey answers the bad body, then stores and answers again.
func CreateKey(ew errorWriter) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := decodeKey(r); err != nil {
			ew.WriteError(w, r, err) // want `statuscode/missing-return: missing return after the error response`
		}
		if err := storeKey(r); err != nil {
			ew.WriteError(w, r, err)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}

// CreateKeyReturns is a trap: the error answer is the last one.
func CreateKeyReturns(ew errorWriter) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := decodeKey(r); err != nil {
			ew.WriteError(w, r, err)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}
