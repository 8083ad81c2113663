package unchecked2

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"
)

// A text table over the caller's writer is a listing for the caller's
// reader (trap); over a file this function created it is the function's
// output (positive); a bufio.Writer over the caller's writer is output
// as before (sinkdest.go).

// Trap: a command's listing printed to the writer it was given.
func printTargets(w io.Writer, names []string) error {
	tw := tabwriter.NewWriter(w, 1, 8, 1, '\t', 0)
	defer tw.Flush()
	fmt.Fprintln(tw, "NAME\tSTATUS")
	for _, n := range names {
		fmt.Fprintf(tw, "%s\tok\n", n)
	}
	return nil
}

// Positive: the table is written into a report file.
func saveReport(path string, names []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close() // want `deferred \(\*os.File\).Close is not checked`
	tw := tabwriter.NewWriter(f, 1, 8, 1, '\t', 0)
	for _, n := range names {
		fmt.Fprintf(tw, "%s\tok\n", n)
	}
	tw.Flush() // want `\(\*tabwriter.Writer\).Flush is not checked`
	return nil
}
