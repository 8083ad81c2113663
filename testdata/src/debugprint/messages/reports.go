package messages

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Failure reports: a print that shows an error and nothing else, or an
// error with prose, tells a reader that something failed. It is a message,
// not a dump (debugprint/library-output, strict, reports them).

// Shutdown prints a progress line the function's other prints complete.
func Shutdown(ctx context.Context, stop func() error) {
	fmt.Print("  shutting down the broker...")
	if err := stop(); err != nil {
		fmt.Println("failed:", err)
		return
	}
	if ctx.Err() != nil {
		fmt.Println("failed: ", ctx.Err())
		return
	}
	fmt.Println("ok.")
}

// Random reports the failure before it returns it.
func Random(r io.Reader, b []byte) error {
	if _, err := r.Read(b); err != nil {
		fmt.Printf("random read failed: %v", err)
		fmt.Println(err)
		fmt.Println(err.Error())
		fmt.Printf("cannot read %d bytes: %v\n", len(b), err)
		return err
	}
	return nil
}

// Stream: naming os.Stdout or os.Stderr chooses the stream on purpose; only
// a marker or a dump verb makes such a print a dump.
func Stream(name, addr string, n int, err error) {
	fmt.Fprintf(os.Stdout, "http server %s started on %q\n", name, addr)
	fmt.Fprintln(os.Stderr, err)
	fmt.Fprintln(os.Stderr, "skipped", n, "files")
	io.WriteString(os.Stdout, name)
}

// Tagged messages: a leading [tag] does not hide a severity word or a
// capital; a part of prepared text is prepared text.
func Tagged(method string, n int, line []byte) {
	fmt.Printf("[Actor] ERROR: method %s has %d parameters; needs 1\n", method, n)
	fmt.Printf("[cache] Evicted %d entries\n", n)
	fmt.Printf("%s\n", line[1:]) // a progress line the server sent
}

// Banner: a text of many words with a shout in it is no marker.
func Banner() {
	fmt.Print(`     !! DEVELOPMENT RELEASE !!
You are running a development release; do not use it in production.
`)
	fmt.Println("ALL CHECKS PASSED for the given set of inputs")
}

// Crashed is a panic handler: its caller recovers and passes the value on.
// A stack dump is the report of a panic (library-output, strict, reports
// it).
func Crashed(where string, recovered any) error {
	if recovered == nil {
		return nil
	}
	fmt.Fprintf(os.Stderr, "panic in %s: %v\n", where, recovered)
	debug.PrintStack()
	return errMissing
}

var errMissing = errors.New("missing")
