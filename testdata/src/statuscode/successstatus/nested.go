package successstatus

import (
	"errors"
	"net/http"
)

var errAllFiltered = errors.New("all lines filtered")

// AllFiltered is a trap: inside the error branch, the default clause is
// reached only when the error is errAllFiltered (the case before it tests
// the opposite), a success the protocol answers with 204.
func AllFiltered(w http.ResponseWriter, r *http.Request) { // want AllFiltered:"writes\\(status\\)"
	if err := get(); err != nil {
		switch {
		case !errors.Is(err, errAllFiltered):
			http.Error(w, err.Error(), http.StatusBadRequest)
		default:
			w.WriteHeader(http.StatusNoContent)
		}
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// NestedIs is a trap: a nested errors.Is test picks the expected error.
func NestedIs(w http.ResponseWriter, r *http.Request) { // want NestedIs:"writes\\(status\\)"
	if err := get(); err != nil {
		if errors.Is(err, errAllFiltered) {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// NestedElse answers 204 in the else of the nested test: every other
// error is told it succeeded.
func NestedElse(w http.ResponseWriter, r *http.Request) { // want NestedElse:"writes\\(status\\)"
	if err := get(); err != nil {
		if errors.Is(err, errAllFiltered) {
			http.Error(w, err.Error(), http.StatusBadRequest)
		} else {
			w.WriteHeader(http.StatusAccepted) // want `statuscode/success-status: success status 202 on an error path`
		}
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// isEmptyRecord classifies a store's error: no record under the key.
func isEmptyRecord(err error) bool { return err != nil && err.Error() == "no result found" }

// NestedPredicate is a trap: a predicate of the store's own picks the
// error that means "nothing yet", answered 200 with an empty list.
func NestedPredicate(w http.ResponseWriter, r *http.Request) { // want NestedPredicate:"writes\\(status\\)"
	if err := get(); err != nil {
		if isEmptyRecord(err) {
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write([]byte("[]"))
			return
		}
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// NestedNotPredicate tests something else than the error: every error is
// told it succeeded.
func NestedNotPredicate(w http.ResponseWriter, r *http.Request) { // want NestedNotPredicate:"writes\\(status\\)"
	err := get()
	if err != nil && r.URL.Query().Has("quiet") {
		w.WriteHeader(http.StatusOK) // want `statuscode/success-status: success status 200 on an error path`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
