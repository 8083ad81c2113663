// Package app calls never-failing functions of its own module (not
// reported) and of a dependency (reported).
package app

import (
	"fmt"
	"os"

	"example.com/nofail/lib"
	"example.com/nofaildep"
)

func run(s *lib.Store, p lib.Putter) error {
	lib.Reset()
	lib.Count(1)
	lib.Forward()
	s.Put(1)
	lib.Platform()
	s.Sync()          // want `\(\*lib.Store\).Sync is not checked`
	p.Put(1)          // want `\(lib.Putter\).Put is not checked`
	lib.Tune()        // want `lib.Tune is not checked`
	nofaildep.Flush() // want `nofaildep.Flush is not checked`
	return nil
}

// Printers of the module whose only failure is the write to the interface
// they are given: errcheckcb/unchecked-any's, as fmt.Fprintf to an
// interface is.
func warn(f *os.File) error {
	lib.Warning(os.Stderr, "kubeconfig %s not found", "x") // want `lib.Warning is not checked`
	lib.Notice(os.Stdout, false, "done")                   // want `lib.Notice is not checked`
	lib.Report(os.Stdout, []string{"a"})                   // want `lib.Report is not checked`
	lib.SaveLine(f, "entry")                               // want `lib.SaveLine is not checked`
	lib.Persist(os.Stdout, "p")                            // want `lib.Persist is not checked`
	return nil
}

// Prints into a view of the module whose Write never fails: not reported;
// into writers whose deferred calls may set the error: reported.
func show(v *lib.View, j *lib.Journal, t *lib.Tape) error {
	fmt.Fprintln(v, "log line")
	v.Write([]byte("x"))
	fmt.Fprintln(j, "entry") // want `fmt.Fprintln is not checked`
	fmt.Fprint(t, "frame")   // want `fmt.Fprint is not checked`
	return nil
}
