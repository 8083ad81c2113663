package noreturn

import (
	"bytes"
	"fmt"
	"net/http"
)

// A status picked by an if-else, then one body for whichever went out.

func report() *bytes.Buffer { return new(bytes.Buffer) }

// SharedReport is a trap: http.Error on the failure, WriteHeader(200)
// otherwise, and the report written after both: one status goes out (500
// with the report appended to the error text), nothing is written twice.
func SharedReport(w http.ResponseWriter, r *http.Request) { // want SharedReport:"writes\\(status\\)"
	msg := report()
	if _, err := parse(r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	} else {
		w.WriteHeader(http.StatusOK)
	}
	_, _ = w.Write(msg.Bytes())
}

// SharedChain is a trap: every arm of the chain writes a status.
func SharedChain(w http.ResponseWriter, r *http.Request) { // want SharedChain:"writes\\(status\\)"
	n, err := parse(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	} else if n == 0 {
		w.WriteHeader(http.StatusNoContent)
	} else {
		w.WriteHeader(http.StatusOK)
	}
	fmt.Fprintf(w, "n=%d", n)
}

// SharedNoStatus: the else writes no status, so the body after the if is
// the success response, written after the error too.
func SharedNoStatus(w http.ResponseWriter, r *http.Request) {
	n, err := parse(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/missing-return: missing return after the error response`
	} else {
		n++
	}
	fmt.Fprintf(w, "n=%d", n)
}

// SharedSecondStatus: the code after the if writes a status of its own,
// so the error response is followed by a second one.
func SharedSecondStatus(w http.ResponseWriter, r *http.Request) { // want SharedSecondStatus:"writes\\(status\\)"
	if _, err := parse(r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/missing-return: missing return after the error response`
	} else {
		w.Header().Set("X-Checked", "1")
	}
	w.WriteHeader(http.StatusAccepted)
	fmt.Fprint(w, "queued")
}
