// Package api holds handlers whose error branches test the errors of
// calls that never fail (traps: the branch cannot run, so nothing in it is
// judged) beside the same shapes with calls that may fail (reported).
package api

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"example.com/scnofail/store"
	"example.com/scnofaildep"
)

var cache = &store.Cache{}

// ClearCache is a trap: Reset never fails, so the 500 without a return
// cannot be sent before the 200.
func ClearCache(w http.ResponseWriter, r *http.Request) { // want ClearCache:"writes\\(status\\)"
	if err := cache.Reset(); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		log.Printf("internal cache error: %s", err)
	}
	log.Println("cache is successfully cleared")
	w.WriteHeader(http.StatusOK)
}

// FlushCache has the same shape with a call that may fail.
func FlushCache(w http.ResponseWriter, r *http.Request) { // want FlushCache:"writes\\(status\\)"
	if err := cache.Flush(); err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `statuscode/missing-return: missing return after the error response`
		log.Printf("internal cache error: %s", err)
	}
	w.WriteHeader(http.StatusOK)
}

// Assigned is a trap: the error is assigned by the statement before the
// test, from a function that forwards Reset.
func Assigned(w http.ResponseWriter, r *http.Request) { // want Assigned:"writes\\(status\\)"
	err := store.Clear(cache)
	if err != nil {
		log.Print(err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// AssignedFlush is the same with Flush: the client gets 200.
func AssignedFlush(w http.ResponseWriter, r *http.Request) {
	err := cache.Flush()
	if err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.WriteHeader(http.StatusNoContent)
}

// Direct is a trap: the call itself is compared with nil.
func Direct(w http.ResponseWriter, r *http.Request) { // want Direct:"writes\\(body\\)"
	if cache.Reset() != nil {
		http.Error(w, "reset failed", http.StatusInternalServerError)
	}
	w.Write([]byte("ok"))
}

// DirectFlush is the same with Flush.
func DirectFlush(w http.ResponseWriter, r *http.Request) {
	if cache.Flush() != nil {
		http.Error(w, "flush failed", http.StatusInternalServerError) // want `statuscode/missing-return: missing return after the error response`
	}
	w.Write([]byte("ok"))
}

// OKOnError is a trap: the success status is in a branch that cannot run.
func OKOnError(w http.ResponseWriter, r *http.Request) { // want OKOnError:"writes\\(status\\)"
	if err := cache.Reset(); err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// OKOnFlushError answers a failure with 200.
func OKOnFlushError(w http.ResponseWriter, r *http.Request) { // want OKOnFlushError:"writes\\(status\\)"
	if err := cache.Flush(); err != nil {
		w.WriteHeader(http.StatusOK) // want `statuscode/success-status: success status 200 on an error path`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Inverted is a trap: `err == nil` is always true, so the code after the
// returning branch cannot run.
func Inverted(w http.ResponseWriter, r *http.Request) { // want Inverted:"writes\\(status\\)"
	if err := cache.Reset(); err == nil {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	log.Print("reset failed")
}

// Through calls Reset through an interface: any implementation may fail.
func Through(w http.ResponseWriter, r *http.Request, c store.Resetter) { // want Through:"writes\\(status\\)"
	if err := c.Reset(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/missing-return: missing return after the error response`
	}
	w.WriteHeader(http.StatusOK)
}

// Dependency calls a function of another module that returns nil today:
// its signature is its contract, so the branch is judged.
func Dependency(w http.ResponseWriter, r *http.Request) { // want Dependency:"writes\\(status\\)"
	if err := scnofaildep.Ping(); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway) // want `statuscode/missing-return: missing return after the error response`
	}
	w.WriteHeader(http.StatusOK)
}

func reset() error { return nil }

// Local is a trap: a function of the same package that never fails.
func Local(w http.ResponseWriter, r *http.Request) { // want Local:"writes\\(status\\)"
	if err := reset(); err != nil {
		log.Print(err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type health struct {
	Checks map[string]string `json:"checks"`
	Failed int               `json:"failed"`
}

// HealthStatus is a trap: a value of a type made of strings and integers
// always encodes, so the branch on json.Marshal's error cannot run.
func HealthStatus(w http.ResponseWriter, r *http.Request) { // want HealthStatus:"writes\\(body,header-first\\)"
	p, err := json.Marshal(health{Checks: map[string]string{"db": "ok"}})
	if err != nil {
		log.Printf("health: %v", err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(p)
}

// Reading encodes a value that may not (a float may be NaN): its error
// branch can run.
func Reading(w http.ResponseWriter, r *http.Request) { // want Reading:"writes\\(may,header-first\\)"
	p, err := json.Marshal(map[string]float64{"celsius": 21.5})
	if err != nil {
		log.Printf("reading: %v", err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(p)
}

// Lookup is test/fakeapi's handler outside the module's test directory:
// judged, and its error path answers 200.
func Lookup(w http.ResponseWriter, r *http.Request) {
	v, err := lookupID(r.URL.Query().Get("id"))
	if err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_, _ = w.Write([]byte(v))
}

func lookupID(id string) (string, error) {
	if id == "" {
		return "", errNoID
	}
	return id, nil
}

var errNoID = errors.New("no id")
