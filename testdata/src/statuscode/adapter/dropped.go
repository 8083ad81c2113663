package adapter

import (
	"net/http"
	"os"
)

// middleware is a handler of the adapter kind that wraps the next one.
type middleware interface {
	ServeHTTP(w http.ResponseWriter, r *http.Request) (int, error)
}

type guard struct {
	next  middleware
	decoy string
}

// serveDecoy answers with the decoy page, or hands back 404 when the page
// cannot be read.
func serveDecoy(w http.ResponseWriter, r *http.Request, name string) (int, error) { // want serveDecoy:"writes\\(may,header-first\\)"
	page, err := os.ReadFile(name)
	if err != nil {
		return http.StatusNotFound, nil
	}
	w.Header().Set("Content-Type", "text/html")
	_, _ = w.Write(page)
	return http.StatusOK, nil
}

func suspicious(r *http.Request) bool { return r.UserAgent() == "" }

// ServeHTTP answers suspicious requests with the decoy, drops its result
// and falls through to the next handler: the request is answered twice,
// or the 404 is lost and the next handler answers instead.
func (g guard) ServeHTTP(w http.ResponseWriter, r *http.Request) (int, error) {
	if suspicious(r) {
		serveDecoy(w, r, g.decoy) // want `statuscode/missing-return: result of serveDecoy dropped`
	}
	return g.next.ServeHTTP(w, r)
}

type guardReturns struct{ guard }

// ServeHTTP is a trap: the decoy's result is returned.
func (g guardReturns) ServeHTTP(w http.ResponseWriter, r *http.Request) (int, error) {
	if suspicious(r) {
		return serveDecoy(w, r, g.decoy)
	}
	return g.next.ServeHTTP(w, r)
}

type guardChecks struct{ guard }

// ServeHTTP is a trap: the result is looked at before going on.
func (g guardChecks) ServeHTTP(w http.ResponseWriter, r *http.Request) (int, error) {
	if suspicious(r) {
		if status, err := serveDecoy(w, r, g.decoy); err != nil || status != http.StatusNotFound {
			return status, err
		}
	}
	return g.next.ServeHTTP(w, r)
}

type guardEnds struct{ guard }

// ServeHTTP is a trap for this rule: the branch ends after the call, and
// nothing else writes.
func (g guardEnds) ServeHTTP(w http.ResponseWriter, r *http.Request) (int, error) {
	if suspicious(r) {
		serveDecoy(w, r, g.decoy)
		return 0, nil
	}
	return g.next.ServeHTTP(w, r)
}

type guardFlag struct{ guard }

// ServeHTTP is a trap: a flag records that the decoy was served, and the
// next handler runs only without it.
func (g guardFlag) ServeHTTP(w http.ResponseWriter, r *http.Request) (int, error) {
	served := false
	if suspicious(r) {
		serveDecoy(w, r, g.decoy)
		served = true
	}
	if served {
		return 0, nil
	}
	return g.next.ServeHTTP(w, r)
}
