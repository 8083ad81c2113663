package nostatus

import (
	"encoding/json"
	"net/http"
)

type user struct {
	Name  string
	Roles []string
	Quota float64 // may be NaN: json.Marshal can fail
}

// checkSession answers 401 itself when it fails.
func checkSession(w http.ResponseWriter, r *http.Request) (*user, bool) { // want checkSession:"writes\\(error-or-never\\)"
	if r.Header.Get("Cookie") == "" {
		http.Error(w, "login", http.StatusUnauthorized)
		return nil, false
	}
	return &user{Name: "x"}, true
}

// Beside: the user returned beside the writer is plain data, so the rest
// of the handler is still judged.
func Beside(w http.ResponseWriter, r *http.Request) {
	u, ok := checkSession(w, r)
	if !ok {
		return
	}
	b, err := json.Marshal(u)
	if err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_, _ = w.Write(b)
}

type wrapped struct {
	http.ResponseWriter
	status int
}

func wrap(w http.ResponseWriter) (*wrapped, error) { return &wrapped{ResponseWriter: w}, nil }

// Wrapper is a trap: the value returned can hold the writer, which the
// error branch may have used.
func Wrapper(w http.ResponseWriter, r *http.Request) {
	ww, err := wrap(w)
	if err != nil {
		return
	}
	ww.WriteHeader(http.StatusNoContent)
}
