package lib

import (
	"fmt"
	"io"
	"os"
)

// Warning writes a line to the writer it is given: its only failure is
// that write's, as fmt.Fprintf's would be.
func Warning(w io.Writer, format string, args ...any) error {
	_, err := io.WriteString(w, "warning: "+fmt.Sprintf(format, args...)+"\n")
	return err
}

// Notice forwards Warning's failure, and may return nil.
func Notice(w io.Writer, quiet bool, msg string) error {
	if quiet {
		return nil
	}
	return Warning(w, "%s", msg)
}

// Report writes twice to the same interface.
func Report(w io.Writer, lines []string) (int, error) {
	var err error
	for _, l := range lines {
		if _, err = fmt.Fprintln(w, l); err != nil {
			return 0, err
		}
	}
	return len(lines), err
}

// SaveLine writes to a file of a concrete type: no fact, its caller's drop
// is reported.
func SaveLine(f *os.File, line string) error {
	_, err := f.WriteString(line + "\n")
	return err
}

// Persist fails for other reasons than a write: no fact.
func Persist(w io.Writer, path string) error {
	if _, err := os.Stat(path); err != nil {
		return err
	}
	_, err := io.WriteString(w, path)
	return err
}
