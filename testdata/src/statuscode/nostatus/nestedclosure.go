package nostatus

import (
	"log"
	"net/http"
	"net/netip"
)

// Ingress answers through a closure that calls another closure with a
// constant status: bad(msg) is logAndError(400, msg), which is http.Error.
// A trap: every error path answers 400 through the two closures.
func Ingress(w http.ResponseWriter, r *http.Request) {
	logAndError := func(code int, msg string) {
		log.Printf("ingress from %v: %s", r.RemoteAddr, msg)
		http.Error(w, msg, code)
	}
	bad := func(msg string) {
		logAndError(http.StatusBadRequest, msg)
	}
	if r.Method != http.MethodPost {
		logAndError(http.StatusMethodNotAllowed, "POST only")
		return
	}
	src, err := netip.ParseAddrPort(r.Header.Get("X-Src"))
	if err != nil {
		bad("X-Src header invalid")
		return
	}
	_, _ = w.Write([]byte(src.String()))
}

// IngressLogged calls a closure that only logs, through another: the
// error path still answers 200.
func IngressLogged(w http.ResponseWriter, r *http.Request) {
	note := func(msg string) { log.Printf("ingress from %v: %s", r.RemoteAddr, msg) }
	complain := func(msg string) { note(msg) }
	src, err := netip.ParseAddrPort(r.Header.Get("X-Src"))
	if err != nil {
		complain("X-Src header invalid")
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	_, _ = w.Write([]byte(src.String()))
}
