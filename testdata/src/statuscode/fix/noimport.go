package fix

import (
	"errors"
	"log"
)

// NoImport names the writer through an alias type declared elsewhere.
func NoImport(w Writer, r *Request) {
	if err := errors.New("x"); err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	w.WriteHeader(204)
}
