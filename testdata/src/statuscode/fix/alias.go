package fix

import (
	"log"
	nethttp "net/http"
)

// Alias uses net/http under another name.
func Alias(w nethttp.ResponseWriter, r *nethttp.Request) {
	if err := save(); err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.WriteHeader(nethttp.StatusNoContent)
}
