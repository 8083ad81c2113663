package fixture

import (
	"log"
	"net/http"
	"os"
)

func handler(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(r.URL.Path)
	if err != nil {
		log.Print(err)
		return // golangci:want statuscode
	}
	w.Write(data)
}

func handlerSuppressed(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(r.URL.Path)
	if err != nil {
		log.Print(err)
		return //nolint:statuscode // fixture: a suppression that matches
	}
	w.Write(data)
}
