package noreturn

import "net/http"

func valid(r *http.Request) bool { return r.Header.Get("Authorization") != "" }

// Auth answers 401 and still runs the wrapped handler.
func Auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !valid(r) {
			http.Error(w, "unauthorized", http.StatusUnauthorized) // want `statuscode/missing-return: missing return after the error response`
		}
		next.ServeHTTP(w, r)
	})
}

// AuthFunc does the same with a handler func.
func AuthFunc(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !valid(r) {
			w.WriteHeader(http.StatusForbidden) // want `statuscode/missing-return: missing return after the error response`
		}
		next(w, r)
	}
}

// AuthReturns is a trap: it returns after the 401.
func AuthReturns(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !valid(r) {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// AuthElse is a trap: the wrapped handler runs in the else branch.
func AuthElse(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !valid(r) {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
		} else {
			next.ServeHTTP(w, r)
		}
	})
}
