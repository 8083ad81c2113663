package wrapper

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// copyWriter wraps the response writer for a sub-request; its fields are
// plain data about the request.
type copyWriter struct {
	http.ResponseWriter
	account string
	object  string
	copies  int
}

// WriteHeader rewrites one status; the receiver is no parameter.
func (cw *copyWriter) WriteHeader(status int) {
	if status == http.StatusCreated && cw.copies > 0 {
		status = http.StatusAccepted
	}
	cw.ResponseWriter.WriteHeader(status)
}

// destination reads and sets data fields only: no write.
func (cw *copyWriter) destination(r *http.Request) string {
	if d := r.Header.Get("Destination-Account"); d != "" {
		cw.account = d
	}
	return cw.account
}

// flushPending uses the embedded writer: it may write.
func (cw *copyWriter) flushPending() {
	if cw.copies > 0 {
		cw.ResponseWriter.WriteHeader(http.StatusAccepted)
	}
}

// standard writes the status it is given and its text.
func standard(w http.ResponseWriter, code int) { // want standard:"writes\\(status,body,status-param=2\\)"
	w.WriteHeader(code)
	fmt.Fprintln(w, http.StatusText(code))
}

// put answers on every path.
func put(w *copyWriter, r *http.Request) { // want put:"writes\\(status\\)"
	w.copies++
	standard(w, http.StatusCreated)
}

// HandleCopy: the 412 falls through to the copy, which answers again.
func HandleCopy(w *copyWriter, r *http.Request) { // want HandleCopy:"writes\\(status\\)"
	if r.Header.Get("Destination") == "" {
		standard(w, http.StatusPreconditionFailed) // want `statuscode/missing-return: missing return after the error response`
	}
	dest := w.destination(r)
	w.object = fmt.Sprintf("%s/%s", dest, w.object)
	put(w, r)
}

// HandlePost: the 400 falls through to put, as above, through a field set
// on the wrapper.
func HandlePost(w *copyWriter, r *http.Request) { // want HandlePost:"writes\\(status\\)"
	if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
		standard(w, http.StatusBadRequest) // want `statuscode/missing-return: missing return after the error response`
	}
	w.copies = 1
	put(w, r)
}

// HandleDrop: the wrapper's handler drops the error with a 200.
func HandleDrop(w *copyWriter, r *http.Request) {
	if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	put(w, r)
}

// HandleFlush is a trap: the method after the 412 may have written (it
// uses the embedded writer), so nothing is claimed.
func HandleFlush(w *copyWriter, r *http.Request) {
	if r.Header.Get("Destination") == "" {
		standard(w, http.StatusPreconditionFailed)
	}
	w.flushPending()
	put(w, r)
}

// HandleCopyReturns is a trap: the error response returns.
func HandleCopyReturns(w *copyWriter, r *http.Request) { // want HandleCopyReturns:"writes\\(status\\)"
	if r.Header.Get("Destination") == "" {
		standard(w, http.StatusPreconditionFailed)
		return
	}
	w.destination(r)
	put(w, r)
}

// job holds a writer in a named field, not embedded: a function taking a
// *job is not a handler, and its error branch is not judged.
type job struct {
	w    http.ResponseWriter
	name string
}

func runJob(j *job, r *http.Request) {
	if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
		log.Print(err)
		return
	}
	standard(j.w, http.StatusOK)
}

// Writer is a framework's writer: an interface that embeds the plain one.
type Writer interface {
	http.ResponseWriter
	Size() int
}

// Render answers with a page; an error is dropped with a 200.
func Render(rw Writer, r *http.Request) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		log.Print(err)
		return // want `statuscode/no-status: error path returns without writing a status`
	}
	fmt.Fprint(rw, q.Get("page"))
}

// RenderSized is a trap: Size is a method of the interface that writes
// nothing known, so the error branch that follows a write is not judged.
func RenderSized(rw Writer, r *http.Request) { // want RenderSized:"writes\\(body\\)"
	fmt.Fprint(rw, "page")
	if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
		log.Print(err, rw.Size())
		return
	}
}
