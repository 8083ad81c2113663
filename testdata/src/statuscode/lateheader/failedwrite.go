package lateheader

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

// A status in the error branch of a write is left alone when the write
// may have failed before sending anything; not when the status had surely
// gone out before the write could fail.

// sendAll writes the status, then the body, and returns the body's error:
// when it fails, its status has gone out.
func sendAll(w http.ResponseWriter, code int, b []byte) error { // want sendAll:"writes\\(status,body,status-param=2\\)"
	w.WriteHeader(code)
	_, err := w.Write(b)
	return err
}

// sendNonEmpty may fail before it writes anything.
func sendNonEmpty(w http.ResponseWriter, b []byte) error {
	if len(b) == 0 {
		return errors.New("empty")
	}
	w.WriteHeader(http.StatusOK)
	_, err := w.Write(b)
	return err
}

// StatusThenWriteFailed writes 200, then answers the failed write with 500:
// the client keeps the 200.
func StatusThenWriteFailed(w http.ResponseWriter, r *http.Request) { // want StatusThenWriteFailed:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write([]byte(r.URL.Path)); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/late-header: status written after the response was written`
	}
}

// HeadThenCopyFailed writes a first part of the body, then answers the
// failed copy of the rest with 502.
func HeadThenCopyFailed(w http.ResponseWriter, r *http.Request) { // want HeadThenCopyFailed:"writes\\(body\\)"
	if _, err := io.WriteString(w, "data:"); err != nil {
		return
	}
	if _, err := io.Copy(w, r.Body); err != nil {
		w.WriteHeader(http.StatusBadGateway) // want `statuscode/late-header: status written after the response was written`
	}
}

// HelperWriteFailed calls a helper that writes its status first on every
// path: when it returns an error, that status has gone out.
func HelperWriteFailed(w http.ResponseWriter, r *http.Request) { // want HelperWriteFailed:"writes\\(status\\)"
	if err := sendAll(w, http.StatusOK, []byte("ok")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/late-header: status written after the response was written`
	}
}

// CreatedEncodeFailed is the `if err == nil { return }` form after 201.
func CreatedEncodeFailed(w http.ResponseWriter, r *http.Request) { // want CreatedEncodeFailed:"writes\\(status\\)"
	w.WriteHeader(http.StatusCreated)
	err := json.NewEncoder(w).Encode(r.URL.Query())
	if err == nil {
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/late-header: status written after the response was written`
}

// HeaderThenEncodeFailed is a trap: a header set is not a write, so the
// encoder may have failed with nothing sent, and the 500 is right.
func HeaderThenEncodeFailed(w http.ResponseWriter, r *http.Request) { // want HeaderThenEncodeFailed:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(r.URL.Query()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// HeadOnlyStatus is a trap: the status comes before the write on some
// paths only; on the others the encoder may have sent nothing.
func HeadOnlyStatus(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
	}
	if err := json.NewEncoder(w).Encode(r.URL.Query()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// CopyAfterCopy is a trap: the first copy may have sent nothing either
// (its error is ignored and it may fail on its first read).
func CopyAfterCopy(w http.ResponseWriter, r *http.Request, extra io.Reader) { // want CopyAfterCopy:"writes\\(body\\)"
	_, _ = io.Copy(w, extra)
	if _, err := io.Copy(w, r.Body); err != nil {
		w.WriteHeader(http.StatusBadGateway)
	}
}

// HelperMayFailFirst is a trap: the helper returns an error before it
// writes on one path, and then the 500 is right.
func HelperMayFailFirst(w http.ResponseWriter, r *http.Request) {
	if err := sendNonEmpty(w, []byte(r.URL.RawQuery)); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// EncodeFailedRetyped is a trap: the encoder may have failed with nothing
// sent, so the header set in its error branch still counts, as the
// status does (tailscale's writeJSON).
func EncodeFailedRetyped(w http.ResponseWriter, r *http.Request) { // want EncodeFailedRetyped:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(r.URL.Query()); err != nil {
		w.Header().Set("Content-Type", "text/plain")
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// StatusThenCopyRetyped set its status before the copy: when the copy
// fails, the header set in its error branch is lost.
func StatusThenCopyRetyped(w http.ResponseWriter, r *http.Request) { // want StatusThenCopyRetyped:"writes\\(status\\)"
	w.WriteHeader(http.StatusOK)
	if _, err := io.Copy(w, r.Body); err != nil {
		w.Header().Set("Content-Type", "text/plain")               // want `statuscode/late-header: header set after the response was written`
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `statuscode/late-header: status written after the response was written`
	}
}
