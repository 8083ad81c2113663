// Package errs holds the team's one function for answering 500.
package errs

import (
	"log"
	"net/http"
)

// Internal logs, counts and answers 500: the direct 500 here is allowed.
func Internal(w http.ResponseWriter, r *http.Request, err error) { // want Internal:"writes\\(error-status,body\\)"
	log.Printf("%s: %v", r.URL.Path, err)
	http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
}
