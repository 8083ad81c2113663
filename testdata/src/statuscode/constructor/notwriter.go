package constructor

import (
	"errors"
	"log"
	"net/http"

	"example.com/evstream"
	"example.com/pagekit"
)

var _ = []any{renderFirst, openFirst, streamThenFail}

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

// streamThenFail is a trap: NewStream is given the writer as an
// http.ResponseWriter, so it could send the status while it builds the
// stream (this one does), although its result is a writer. Here its fact
// says so; without one (a module the driver does not analyse) it stays a
// possible write: the error branch after it is not reported as answering
// 200 without a status.
func streamThenFail(w http.ResponseWriter, r *http.Request) { // want streamThenFail:"writes\\(status\\)"
	st := evstream.NewStream(w)
	if err := check(r); err != nil {
		log.Print(err)
		return
	}
	_, _ = st.Write([]byte("data: ready\n\n"))
}

func check(r *http.Request) error {
	if r.URL.Path == "" {
		return errors.New("no path")
	}
	return nil
}
