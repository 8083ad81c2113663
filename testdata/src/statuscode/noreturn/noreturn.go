// Package noreturn holds statuscode/missing-return cases: an error response
// followed by more writes, and traps.
package noreturn

import (
	"fmt"
	"net/http"
)

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func parse(r *http.Request) (int, error) { return 0, errFailed }

// Missing falls through to the success body.
func Missing(w http.ResponseWriter, r *http.Request) {
	n, err := parse(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
	}
	fmt.Fprintf(w, "n=%d", n)
}

// Method is not about an error value, but still writes twice.
func Method(w http.ResponseWriter, r *http.Request) { // want Method:"writes\\(status\\)"
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `statuscode/missing-return: missing return after the error response`
	}
	w.WriteHeader(http.StatusCreated)
}

// Switch falls out of a case into the success response.
func Switch(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/gone":
		http.NotFound(w, r) // want `statuscode/missing-return: missing return after the error response`
	case "/x":
	}
	fmt.Fprint(w, "ok")
}

// Returns is a trap.
func Returns(w http.ResponseWriter, r *http.Request) {
	n, err := parse(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "n=%d", n)
}

// StatusThenBody is a trap: WriteHeader then the body is the normal order.
func StatusThenBody(w http.ResponseWriter, r *http.Request) {
	if _, err := parse(r); err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
	fmt.Fprint(w, "see status")
}

// Flag is a trap: the branch sets a flag that guards the later write.
func Flag(w http.ResponseWriter, r *http.Request) {
	failed := false
	if _, err := parse(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		failed = true
	}
	if !failed {
		fmt.Fprint(w, "ok")
	}
}

// Else is a trap: the success write is in the else branch.
func Else(w http.ResponseWriter, r *http.Request) {
	if _, err := parse(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	} else {
		fmt.Fprint(w, "ok")
	}
}

// Results has a result: no fix, but the finding stands.
func Results(w http.ResponseWriter, r *http.Request) bool {
	if _, err := parse(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
	}
	fmt.Fprint(w, "ok")
	return true
}
