package deferred

import (
	"fmt"
	"html/template"
	"log"
	"net/http"
)

// Recovery answers 500 after every request: the deferred function does
// not test recover()'s result.
func Recovery(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			switch v.(type) {
			case string, error:
				log.Printf("panic: %v", v)
			default:
				log.Print("unknown panic")
			}
			http.Error(w, "internal error", http.StatusInternalServerError) // want `statuscode/late-header: the deferred function writes an error response after every request`
		}()
		next.ServeHTTP(w, r)
	})
}

// RecoveryGuarded is a trap: the 500 is written only after a panic.
func RecoveryGuarded(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Printf("panic: %v", v)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// RecoveryEarlyOut is a trap: the same guard, as an early return.
func RecoveryEarlyOut(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			http.Error(w, fmt.Sprint(v), http.StatusInternalServerError)
		}()
		next.ServeHTTP(w, r)
	})
}

var page = template.Must(template.New("panic").Parse(`<h1>{{.}}</h1>`))

// renderPanic shows the panic as a page: a body first.
func renderPanic(w http.ResponseWriter, v any) { // want renderPanic:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "text/html")
	_ = page.Execute(w, v)
}

// ShowErrors renders the recovered panic as a page with an implicit 200.
func ShowErrors(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) {
	defer func() {
		if v := recover(); v != nil {
			renderPanic(w, v) // want `statuscode/panic-200: the recovered panic is answered with a body and an implicit 200 OK`
		}
	}()
	next(w, r)
}

// ShowErrorsStatus is a trap: the status comes first.
func ShowErrorsStatus(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) {
	defer func() {
		if v := recover(); v != nil {
			w.WriteHeader(http.StatusInternalServerError)
			renderPanic(w, v)
		}
	}()
	next(w, r)
}

// Finish is a trap: the deferred function writes a status only when the
// handler did not, tested through a flag.
func Finish(w http.ResponseWriter, r *http.Request) {
	done := false
	defer func() {
		if !done {
			http.Error(w, "unfinished", http.StatusInternalServerError)
		}
	}()
	fmt.Fprint(w, "ok")
	done = true
}

// PanicText prints the recovered value as the body of a 200.
func PanicText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				fmt.Fprintf(w, "panic: %v", v) // want `statuscode/panic-200: the recovered panic is answered with a body`
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// PanicTextStatus is a trap: http.Error writes the 500 with the text.
func PanicTextStatus(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				http.Error(w, fmt.Sprint(v), http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
