// Package respond holds response helpers whose effect on the writer other
// packages learn through facts.
package respond

import (
	"encoding/json"
	"log"
	"net/http"
)

// InternalError answers 500 on every path.
func InternalError(w http.ResponseWriter, r *http.Request, err error) { // want InternalError:"writes\\(error-status,body\\)"
	log.Printf("%s: %v", r.URL.Path, err)
	http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
}

// JSON writes a status chosen by the caller, then the body.
func JSON(w http.ResponseWriter, code int, v any) { // want JSON:"writes\\(status,body,header-first,status-param=2\\)"
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Body writes a body with no status: an implicit 200.
func Body(w http.ResponseWriter, v any) { // want Body:"writes\\(body\\)"
	_ = json.NewEncoder(w).Encode(v)
}

// Log only records the error; it takes the writer but never writes.
func Log(w http.ResponseWriter, r *http.Request, err error) { // want Log:"writes\\(never\\)"
	log.Printf("%s: %v", r.URL.Path, err)
}

// Maybe writes only sometimes.
func Maybe(w http.ResponseWriter, err error) { // want Maybe:"writes\\(error-or-never\\)"
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
	}
}

// Responder is a helper with methods.
type Responder struct{ Verbose bool }

// Fail answers 400.
func (Responder) Fail(w http.ResponseWriter, msg string) { // want Fail:"writes\\(error-status,body\\)"
	w.WriteHeader(http.StatusBadRequest)
	_, _ = w.Write([]byte(msg))
}

// APIError carries its status.
type APIError struct {
	Status int
	Msg    string
}

func (e APIError) Error() string { return e.Msg }

// Problem writes the status of an error value: an error status.
func Problem(w http.ResponseWriter, e APIError) { // want Problem:"writes\\(error-status,body\\)"
	w.WriteHeader(e.Status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": e.Msg})
}

// Plain writes whatever status it is given, unless marshalling fails.
func Plain(w http.ResponseWriter, status int, v any) { // want Plain:"writes\\(status,body,status-param=2\\)"
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// Send sets the content type, then writes the body: a header first.
func Send(w http.ResponseWriter, v any) { // want Send:"writes\\(body,header-first\\)"
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Raw writes the body without setting a header.
func Raw(w http.ResponseWriter, b []byte) { // want Raw:"writes\\(body\\)"
	_, _ = w.Write(b)
}

// Status writes the status it is given and the error's text when there is
// one: a complete error response wherever the caller's error cannot be nil.
func Status(w http.ResponseWriter, err error, code int) { // want Status:"writes\\(status,body-if-err=2,status-param=3\\)"
	w.WriteHeader(code)
	if err != nil {
		_, _ = w.Write([]byte(err.Error()))
	}
}
