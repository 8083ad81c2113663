// Package statuscode shows HTTP handlers whose error paths answer 200 OK,
// one per rule of the statuscode analyzer.
package statuscode

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
)

type item struct {
	ID   int
	Name string
}

func load(id string) (*item, error) {
	n, err := strconv.Atoi(id)
	if err != nil {
		return nil, err
	}
	return &item{ID: n}, nil
}

// logError takes the writer but only logs: callers still owe a status.
func logError(w http.ResponseWriter, err error) {
	log.Printf("request failed: %v", err)
}

// Get returns without a status on failure (no-status): 200 and an empty body.
func Get(w http.ResponseWriter, r *http.Request) {
	it, err := load(r.FormValue("id"))
	if err != nil {
		logError(w, err)
		return
	}
	json.NewEncoder(w).Encode(it)
}

// Show writes the error as the body of a 200 (body-200, a strict rule: .extinct.yml turns it on).
func Show(w http.ResponseWriter, r *http.Request) {
	it, err := load(r.FormValue("id"))
	if err != nil {
		fmt.Fprintf(w, "error: %v", err)
		return
	}
	fmt.Fprintf(w, "%d %s", it.ID, it.Name)
}

// Create answers a failure with a success status (success-status).
func Create(w http.ResponseWriter, r *http.Request) {
	if _, err := load(r.FormValue("id")); err != nil {
		http.Error(w, err.Error(), http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Update forgets to return after the error (missing-return).
func Update(w http.ResponseWriter, r *http.Request) {
	it, err := load(r.FormValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
	json.NewEncoder(w).Encode(it)
}

// Download sets a header after the body (late-header).
func Download(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "id,name\n")
	w.Header().Set("Content-Type", "text/csv")
}

// List logs the error and sends what it has (log-continue).
func List(w http.ResponseWriter, r *http.Request) {
	it, err := load(r.FormValue("id"))
	if err != nil {
		log.Printf("load: %v", err)
	}
	json.NewEncoder(w).Encode(it)
}

// Teapot uses a status net/http rejects with a panic (invalid-status).
func Teapot(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(4180)
}

// Recover renders a panic as a page with an implicit 200 (panic-200).
func Recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				fmt.Fprintf(w, "<h1>internal error</h1><pre>%v</pre>", v)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// Good is correct: every error path answers with an error status.
func Good(w http.ResponseWriter, r *http.Request) {
	it, err := load(r.FormValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(it); err != nil {
		log.Printf("encode: %v", err) // the response is already on its way
	}
}
