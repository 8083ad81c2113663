package noreturn

import (
	"html/template"
	"net/http"
	"strings"
)

var home = template.Must(template.New("home").Parse(`<p>{{.}}</p>`))

// Canonical redirects to the canonical host and still runs the wrapped
// handler.
func Canonical(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.EqualFold(r.Host, "example.com") {
			http.Redirect(w, r, "https://example.com"+r.URL.Path, http.StatusMovedPermanently) // want `statuscode/missing-return: missing return after the redirect`
		}
		next.ServeHTTP(w, r)
	})
}

// CanonicalPath builds the destination in the branch (a variable of the
// branch's own scope, not a flag the code below could test).
func CanonicalPath(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.EqualFold(r.Host, "example.com") {
			dest := "https://example.com" + r.URL.Path
			http.Redirect(w, r, dest, http.StatusMovedPermanently) // want `statuscode/missing-return: missing return after the redirect`
		}
		next.ServeHTTP(w, r)
	})
}

// Login sends the anonymous user to the login page, then renders the
// private page into the redirect's body anyway.
func Login(w http.ResponseWriter, r *http.Request) {
	user := r.Header.Get("X-User")
	if user == "" {
		http.Redirect(w, r, "/login", http.StatusFound) // want `statuscode/missing-return: missing return after the redirect`
	}
	_ = home.Execute(w, user)
}

// CanonicalReturns is a trap: it returns after the redirect.
func CanonicalReturns(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.EqualFold(r.Host, "example.com") {
			http.Redirect(w, r, "https://example.com"+r.URL.Path, http.StatusMovedPermanently)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// LoginElse is a trap: the page is rendered only in the else branch.
func LoginElse(w http.ResponseWriter, r *http.Request) {
	if user := r.Header.Get("X-User"); user == "" {
		http.Redirect(w, r, "/login", http.StatusFound)
	} else {
		_ = home.Execute(w, user)
	}
}

// LoginFlag is a trap: the branch sets a flag that the code below tests.
func LoginFlag(w http.ResponseWriter, r *http.Request) {
	redirected := false
	if r.Header.Get("X-User") == "" {
		http.Redirect(w, r, "/login", http.StatusFound)
		redirected = true
	}
	if !redirected {
		_ = home.Execute(w, "welcome")
	}
}
