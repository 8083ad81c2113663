// Package newoutput: with debugprint/new-output on, every fmt print to
// stdout in library code is reported, a message and a dump too (a dump is
// debugprint/debug-output's where that strict rule is on); stderr and
// writers are not reported by it.
package newoutput

import (
	"fmt"
	"os"
)

func Serve(addr string, n int) error {
	fmt.Println("Starting server on", addr)               // want `debugprint/new-output: new fmt.Println in library code writes to the stdout of every program that imports this package; remove it, use a logger, or mark it //nolint:debugprint // with the reason it prints`
	fmt.Printf("Loaded %d plugins\n", n)                  // want `debugprint/new-output: new fmt.Printf`
	fmt.Fprintf(os.Stdout, "Listening on %s\n", addr)     // want `debugprint/new-output: new fmt.Fprintf\(os.Stdout, ...\)`
	fmt.Println(n)                                        // want `debugprint/new-output: new fmt.Println`
	fmt.Fprintln(os.Stderr, "failed to bind the address") // stderr: reported by debugprint/library-output only
	fmt.Fprintln(os.NewFile(3, "fd3"), "a file")
	_ = fmt.Sprintf("%d", n)
	return nil
}
