package logcontinue

import (
	"encoding/json"
	"log"
	"net/http"
)

type profile struct {
	Name  string
	Email string
}

// errFailed is the stubs' failure: they may fail, as the calls they
// stand for do (a stub returning a literal nil never fails, and its
// error branch cannot run).
var errFailed error

func loadProfile(id string) (profile, error) { return profile{}, errFailed }

// Fields builds the reply from fields of the failed call's value.
func Fields(w http.ResponseWriter, r *http.Request) { // want Fields:"writes\\(body\\)"
	p, err := loadProfile(r.FormValue("id"))
	if err != nil { // want `statuscode/log-continue: error is logged and the handler carries on`
		log.Printf("profile: %v", err)
	}
	reply := map[string]string{"name": p.Name}
	out := struct{ Data map[string]string }{reply}
	_ = json.NewEncoder(w).Encode(out)
}

// FieldsUnused is a trap: the failed value only feeds a log line, not the
// response.
func FieldsUnused(w http.ResponseWriter, r *http.Request) { // want FieldsUnused:"writes\\(body\\)"
	p, err := loadProfile(r.FormValue("id"))
	if err != nil {
		log.Printf("profile: %v", err)
	}
	name := p.Name
	log.Print(name)
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "seen"})
}

func clientIP(r *http.Request) (string, error) { return r.RemoteAddr, errFailed }

func allowed(r *http.Request) bool { return r.Header.Get("X-Token") != "" }

// OnlyInErrors is a trap: the failed call's value reaches only an error
// response (for its log line); the success response does not send it.
func OnlyInErrors(w http.ResponseWriter, r *http.Request) { // want OnlyInErrors:"writes\\(status\\)"
	ip, err := clientIP(r)
	if err != nil {
		log.Printf("client ip: %v", err)
	}
	if !allowed(r) {
		http.Error(w, "forbidden for "+ip, http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
