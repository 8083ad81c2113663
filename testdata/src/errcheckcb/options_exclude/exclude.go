// Package options_exclude: -errcheckcb.exclude and -errcheckcb.exclude-file.
package options_exclude

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var errFailed = errors.New("failed")

func audit(string) error { return errFailed }

func notify(string) error { return errFailed }

type store struct{}

func (*store) Save() error { return errFailed }
func (*store) Load() error { return errFailed }

type saver interface{ Save() error }

func use(s *store, sv saver, w io.Writer) error {
	audit("x")           // excluded by -errcheckcb.exclude
	notify("x")          // want `notify is not checked`
	s.Save()             // excluded by -errcheckcb.exclude
	s.Load()             // want `\(\*options_exclude.store\).Load is not checked`
	sv.Save()            // excluded by the exclude file
	os.Setenv("A", "b")  // excluded by the exclude file
	fmt.Fprintf(w, "x")  // not reported anyway: text output through an interface
	os.Chmod("x", 0o600) // want `os.Chmod is not checked`
	return nil
}
