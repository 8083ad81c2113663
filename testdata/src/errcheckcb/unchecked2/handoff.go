package unchecked2

import (
	"errors"
	"io"
	"log"
	"os"
)

// A worker without results hands its failure on (a channel, a log) and
// gives up: the Close of the half-written file on the way out has nothing
// to add, and the file is removed anyway.
func copyTo(dst string, r io.Reader, errs chan<- error) {
	w, err := os.Create(dst)
	if err != nil {
		errs <- err
		return
	}
	if _, err := io.Copy(w, r); err != nil {
		errs <- err
		w.Close()
		os.Remove(dst)
		return
	}
	if err := w.Close(); err != nil {
		errs <- err
	}
}

// The copy's failure is dropped (err = nil) before the bare return, but the
// Close in its branch gives up a file whose copy failed: its own failure
// loses nothing more (see givenup.go), so it is not reported.
func copyQuiet(dst string, r io.Reader) {
	w, err := os.Create(dst)
	if err != nil {
		return
	}
	if _, err = io.Copy(w, r); err != nil {
		err = nil
		w.Close()
		return
	}
	if err := w.Close(); err != nil {
		log.Print(err)
	}
}

var errSkip = errors.New("skip")

// The body runs when the copy succeeded too (err != errSkip holds for a nil
// err): it is no error path, and the Close of the written file is reported.
func copyUnlessSkipped(dst string, r io.Reader, errs chan<- error) {
	w, err := os.Create(dst)
	if err != nil {
		errs <- err
		return
	}
	if _, err := io.Copy(w, r); err != errSkip {
		errs <- err
		w.Close() // want `\(\*os.File\).Close is not checked`
		return
	}
}
