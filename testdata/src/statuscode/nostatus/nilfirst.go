package nostatus

import (
	"errors"
	"log"
	"net/http"
)

func lookup(r *http.Request) (string, error) { return "", errors.New("x") }

// NilFirst answers on success and returns; the failure after it only logs.
func NilFirst(w http.ResponseWriter, r *http.Request) {
	v, err := lookup(r)
	if err == nil { // want `statuscode/no-status: error path returns without writing a status`
		_, _ = w.Write([]byte(v))
		return
	}
	log.Print(err)
}

// NilFirstAnswered is a trap: the failure after the success branch answers.
func NilFirstAnswered(w http.ResponseWriter, r *http.Request) {
	v, err := lookup(r)
	if err == nil {
		_, _ = w.Write([]byte(v))
		return
	}
	http.Error(w, err.Error(), http.StatusBadGateway)
}

// NilFirstNoReturn is a trap: the success branch does not return, so the
// code after it is not the failure path.
func NilFirstNoReturn(w http.ResponseWriter, r *http.Request) { // want NilFirstNoReturn:"writes\\(body\\)"
	v, err := lookup(r)
	if err == nil {
		v += "!"
	}
	_, _ = w.Write([]byte(v))
}
