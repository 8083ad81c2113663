package nostatus

import (
	"context"
	"errors"
	"net/http"
)

type errKey struct{}

type api struct {
	lastErr error
	errs    []error
}

func fetch() (int, error) { return 0, errors.New("x") }

// StoredOnReceiver is a trap: the dispatcher answers from a.lastErr.
func (a *api) StoredOnReceiver(w http.ResponseWriter, r *http.Request) {
	n, err := fetch()
	if err != nil {
		a.lastErr = err
		return
	}
	_ = writeJSON(w, n)
}

// Appended is a trap: the error joins a list the dispatcher reads.
func (a *api) Appended(w http.ResponseWriter, r *http.Request) {
	n, err := fetch()
	if err != nil {
		a.errs = append(a.errs, err)
		return
	}
	_ = writeJSON(w, n)
}

// InContext is a trap: the error travels in the request's context.
func InContext(w http.ResponseWriter, r *http.Request) {
	n, err := fetch()
	if err != nil {
		*r = *r.WithContext(context.WithValue(r.Context(), errKey{}, err))
		return
	}
	_ = writeJSON(w, n)
}

// LocalCopy only keeps the error in a local variable: dropped.
func LocalCopy(w http.ResponseWriter, r *http.Request) {
	n, err := fetch()
	if err != nil {
		last := err
		_ = last
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_ = writeJSON(w, n)
}

// authenticate answers 401 itself when it fails.
func authenticate(w http.ResponseWriter, r *http.Request) (string, error) { // want authenticate:"writes\\(error-or-never\\)"
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return "", errors.New("unauthorized")
	}
	return "me", nil
}

// HelperAnswered is a trap: the helper that failed was given the writer
// and answered for its failure.
func HelperAnswered(w http.ResponseWriter, r *http.Request) {
	who, err := authenticate(w, r)
	if err != nil {
		return
	}
	_ = writeJSON(w, who)
}

// writeJSON writes v with the implicit 200.
func writeJSON(w http.ResponseWriter, v any) error { // want writeJSON:"writes\\(body\\)"
	_, err := w.Write([]byte{'"'})
	_ = v
	return err
}

// codeErr is an error code a dispatcher turns into a status.
type codeErr string

func (c codeErr) Error() string { return string(c) }

// AppendedCode is a trap: the failure is handed on as an error value of its
// own (a code the dispatcher maps to 400), not the error tested.
func (a *api) AppendedCode(w http.ResponseWriter, r *http.Request) {
	n, err := fetch()
	if err != nil {
		a.errs = append(a.errs, codeErr("digest invalid"))
		return
	}
	_ = writeJSON(w, n)
}

// StoredCode is a trap: the same, stored in a field.
func (a *api) StoredCode(w http.ResponseWriter, r *http.Request) {
	n, err := fetch()
	if err != nil {
		a.lastErr = codeErr("digest invalid")
		return
	}
	_ = writeJSON(w, n)
}

type noter struct{ notes []string }

// AppendedText hands on no error, only a message in a list of strings:
// dropped.
func (a *noter) AppendedText(w http.ResponseWriter, r *http.Request) {
	n, err := fetch()
	if err != nil {
		a.notes = append(a.notes, "fetch failed")
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_ = writeJSON(w, n)
}
