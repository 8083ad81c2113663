package successstatus

import (
	"fmt"
	"net/http"
)

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func verify(r *http.Request) error { return errFailed }

// Webhook is a trap: the explicit 200 on the error path says why.
func Webhook(w http.ResponseWriter, r *http.Request) { // want Webhook:"writes\\(status\\)"
	if err := verify(r); err != nil {
		// The sender retries anything but 2xx forever; the event is logged.
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// LineProtocol is a trap: the protocol answers errors as a line of text
// with 200, and the comment says so.
func LineProtocol(w http.ResponseWriter, r *http.Request) { // want LineProtocol:"writes\\(body\\)"
	if err := verify(r); err != nil {
		fmt.Fprintf(w, "ERR %v\n", err) // protocol: errors are a line of text with 200
		return
	}
	fmt.Fprintln(w, "OK")
}

// NoReason answers 200 on the error path without a word: reported.
func NoReason(w http.ResponseWriter, r *http.Request) { // want NoReason:"writes\\(status\\)"
	if err := verify(r); err != nil {
		w.WriteHeader(http.StatusOK) // want `statuscode/success-status: success status 200 on an error path`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
