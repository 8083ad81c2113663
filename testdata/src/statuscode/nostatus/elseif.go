package nostatus

import (
	"errors"
	"net/http"
)

var errNotMine = errors.New("not mine")

// tryHandler answers its own failures, except when the request is not its
// to answer: then it writes nothing and says so.
func tryHandler(w http.ResponseWriter, r *http.Request, name string) error { // want tryHandler:"writes\\(error-or-never\\)"
	if name == "" {
		return errNotMine
	}
	if r.URL.Query().Get(name) == "" {
		http.Error(w, "missing "+name, http.StatusBadRequest)
		return errors.New("missing")
	}
	return nil
}

// FirstResponsible is a trap: the error of the else-if came from the
// helper given the writer (assigned in the if's init), which answered it.
func FirstResponsible(w http.ResponseWriter, r *http.Request) {
	for _, name := range []string{"", "a", "b"} {
		if err := tryHandler(w, r, name); errors.Is(err, errNotMine) {
			continue
		} else if err != nil {
			return
		}
		_, _ = w.Write([]byte(name))
		return
	}
	http.Error(w, "no handler", http.StatusNotFound)
}

func lookupName(r *http.Request) (string, error) { return "", errors.New("no name") }

// LookupChain drops an error that no call given the writer answered: the
// else-if's error comes from a lookup in the if's init.
func LookupChain(w http.ResponseWriter, r *http.Request) {
	if name, err := lookupName(r); errors.Is(err, errNotMine) {
		http.NotFound(w, r)
		return
	} else if err != nil {
		return // want `statuscode/no-status: error path returns without writing a status`
	} else {
		_, _ = w.Write([]byte(name))
	}
}
