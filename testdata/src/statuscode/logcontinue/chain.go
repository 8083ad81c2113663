package logcontinue

import (
	"encoding/json"
	"net/http"
)

// kitLogger is a go-kit style logger: the level is chosen by wrapping it.
type kitLogger interface{ Log(keyvals ...any) error }

type discard struct{}

func (discard) Log(...any) error { return nil }

// Warn and Error choose the level of the next Log call.
func Warn(l kitLogger) kitLogger  { return l }
func Error(l kitLogger) kitLogger { return l }

var kit kitLogger = discard{}

// ChainWarn is a trap: the failure is logged as a warning, tolerated on
// purpose (the level is chosen before the Log call).
func ChainWarn(w http.ResponseWriter, r *http.Request) { // want ChainWarn:"writes\\(body\\)"
	it, err := load(r.FormValue("id"))
	if err != nil {
		Warn(kit).Log("msg", "load failed, serving the default", "err", err)
	}
	json.NewEncoder(w).Encode(it)
}

// ChainError logs at error level through the same chain and carries on.
func ChainError(w http.ResponseWriter, r *http.Request) { // want ChainError:"writes\\(body\\)"
	it, err := load(r.FormValue("id"))
	if err != nil { // want `statuscode/log-continue: error is logged and the handler carries on`
		Error(kit).Log("msg", "load failed", "err", err)
	}
	json.NewEncoder(w).Encode(it)
}
