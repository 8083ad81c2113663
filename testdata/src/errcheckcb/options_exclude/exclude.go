// Package options_exclude: -errcheckcb.exclude and -errcheckcb.exclude-file.
package options_exclude

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"os"
)

var errFailed = errors.New("failed")

func Audit(string) error { return errFailed }

func Notify(string) error { return errFailed }

type Store struct{}

func (*Store) Save() error { return errFailed }
func (*Store) Load() error { return errFailed }

func use(s *Store, sv encoding.TextUnmarshaler, w io.Writer) error {
	Audit("x")            // excluded by -errcheckcb.exclude
	Notify("x")           // want `Notify is not checked`
	s.Save()              // excluded by -errcheckcb.exclude
	s.Load()              // want `\(\*options_exclude.Store\).Load is not checked`
	sv.UnmarshalText(nil) // excluded by the exclude file
	os.Setenv("A", "b")   // excluded by the exclude file
	fmt.Fprintf(w, "x")   // want `fmt.Fprintf is not checked`
	os.Chmod("x", 0o600)  // want `os.Chmod is not checked`
	return nil
}
