package constructor

import (
	"net/http"

	"example.com/pagekit"
)

var _ = []any{renderFirst, openFirst}

// A function of another module that is given the writer and returns no
// writer is no constructor: it may write (here it does), so the status
// after it is late, as before.
func renderFirst(w http.ResponseWriter, r *http.Request) { // want renderFirst:"writes\\(body\\)"
	if err := pagekit.Render(w, pagekit.Page{Title: r.URL.Path}); err != nil {
		return
	}
	w.WriteHeader(http.StatusOK) // want `statuscode/late-header: status written after the response was written`
}

func openFirst(w http.ResponseWriter, r *http.Request) { // want openFirst:"writes\\(body\\)"
	n, err := pagekit.Open(w, r.URL.Path)
	if err != nil || n == 0 {
		return
	}
	w.WriteHeader(http.StatusOK) // want `statuscode/late-header: status written after the response was written`
}
