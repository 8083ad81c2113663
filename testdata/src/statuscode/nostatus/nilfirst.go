package nostatus

import (
	"errors"
	"log"
	"net/http"
	"os"
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

// Exists is a trap: a nil error is the failure here (the object must not
// exist yet, so a successful Stat answers 403), and the code after it,
// where Stat failed with "not exist", is the way on to the upload, whose
// success is an implicit 200 (restic/rest-server's saveBlob).
func Exists(w http.ResponseWriter, r *http.Request) { // want Exists:"writes\\(error-or-never\\)"
	_, err := os.Stat(r.URL.Path)
	if err == nil {
		http.Error(w, "exists", http.StatusForbidden)
		return
	}
	if !errors.Is(err, os.ErrNotExist) {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	log.Print("stored ", r.URL.Path)
}
