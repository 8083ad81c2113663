// Package unchecked holds the positives and traps of errcheckcb's
// "unchecked results" rule.
package unchecked

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errcheckcb/unchecked/ext"
	"errcheckcb/unchecked/iface"
	"errors"
	"flag"
	"fmt"
	"hash/crc32"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"text/tabwriter"
	"time"
)

func doNothing() {}

// Positives.

func writeFile(path string, data []byte) error {
	os.WriteFile(path, data, 0o644) // want `^errcheckcb/unchecked: error returned by os.WriteFile is not checked: a failed write goes unnoticed; handle it or assign it to _ with a comment saying why$`
	return nil
}

func plainCalls() error {
	ext.MayFail()       // unchecked-any
	ext.Pair()          // unchecked-any
	go ext.MayFail()    // unchecked-any
	defer ext.MayFail() // a deferred call is cleanup unless it completes work
	return nil
}

func deferredFlush(w io.Writer) error {
	bw := bufio.NewWriter(w)
	defer bw.Flush() // want `error returned by deferred \(\*bufio.Writer\).Flush is not checked: a failed flush loses buffered data without a trace; defer a func literal that handles it`
	bw.WriteString("x")
	return nil
}

func inLiteral() {
	f := func() error {
		ext.MayFail() // unchecked-any
		return nil
	}
	f() // the function could not pass it on
}

// Calls that lose data or change the system are reported even where the
// function could not pass the error on.
func mustCheck(path string, v any) {
	os.WriteFile(path, nil, 0o600) // want `os.WriteFile is not checked`
	os.Chmod(path, 0o600)          // unchecked-any
	json.Unmarshal(nil, v)         // unchecked-any
	f, err := os.Create(path)
	if err != nil {
		return
	}
	f.WriteString("x") // want `\(\*os.File\).WriteString is not checked`
	f.Close()          // want `\(\*os.File\).Close is not checked: a failed close can lose written data`
}

// Look-alikes of excluded calls are not excluded.

// Buffer is not bytes.Buffer.
type Buffer struct{ f *os.File }

func (b *Buffer) WriteString(s string) (int, error) { return b.f.WriteString(s) }

func lookalike(fw iface.FlushWriter, b *Buffer, w io.Writer) error {
	fw.Flush()         // unchecked-any
	b.WriteString("x") // unchecked-any
	fw.Write(nil)      // not reported: a write through an interface
	w.Write(nil)
	return nil
}

// An interface call is never exempt, however its implementations behave.
type Nop struct{}

func (Nop) Do() error { return nil }

func viaInterface(d iface.Doer) error {
	d.Do() // unchecked-any
	Nop{}.Do()
	return nil
}

// Unexported functions and interfaces of this package are its own
// plumbing, and so are its func values: not reported.
func helper() error { return os.ErrClosed }

type local interface{ Do() error }

func plumbing(l local) error {
	helper()
	l.Do()
	run := func() error { return os.ErrClosed }
	run()
	return nil
}

// Functions that look as if they never fail, but may.
func Bare() (err error) {
	return
}

func Recovers() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return nil
}

func ForwardsVariable() error {
	err := ext.MayFail()
	return err
}

func mayFailAfterAll() error {
	Bare()             // unchecked-any
	Recovers()         // unchecked-any
	ForwardsVariable() // unchecked-any
	return nil
}

// Traps: nothing below is reported.

func NeverFails() error { return nil }

func NeverFailsEither() (int, error) {
	if time.Now().IsZero() {
		return 1, nil
	}
	return 2, nil
}

func ForwardsNeverFails() error { return NeverFails() }

func Panics() error { panic("unreachable") }

func neverFailCalls() error {
	NeverFails()
	NeverFailsEither()
	ForwardsNeverFails()
	Panics()
	return nil
}

func excluded(w http.ResponseWriter, out io.Writer, conn net.Conn, cmd *exec.Cmd, fs *flag.FlagSet, r io.Reader) error {
	var buf bytes.Buffer
	buf.WriteString("x")
	buf.Write(nil)
	var sb strings.Builder
	sb.WriteString("x")
	sb.WriteByte('x')
	fmt.Fprintf(&buf, "%d", 1)
	fmt.Fprintln(&sb, "x")
	io.WriteString(&sb, "x")
	h := sha256.New()
	h.Write(nil)
	crc32.NewIEEE().Write(nil) // hash.Hash32 embeds hash.Hash
	fmt.Println("x")
	fmt.Printf("x")
	fmt.Fprintln(os.Stderr, "x")
	fmt.Fprintf(os.Stdout, "x")
	fmt.Fprintf(out, "x") // text output through an interface
	bw := bufio.NewWriter(out)
	bw.WriteString("x") // sticky: the Flush below reports it
	fmt.Fprintf(bw, "x")
	if err := bw.Flush(); err != nil {
		return err
	}
	w.Write(nil)
	fmt.Fprintf(w, "x")
	io.Copy(io.Discard, r)
	conn.SetDeadline(time.Time{})
	conn.SetReadDeadline(time.Time{})
	cmd.Run()
	cmd.Wait()
	cmd.Process.Kill()
	fs.Parse(nil)
	os.Unsetenv("X")
	return nil
}

type embedsBuffer struct{ bytes.Buffer }

func embedded(e *embedsBuffer) error {
	e.WriteString("x")
	return nil
}

func checked(path string) (int, error) {
	if err := ext.MayFail(); err != nil {
		return 0, err
	}
	n, err := ext.Pair()
	if err != nil {
		return 0, err
	}
	return n, ext.MayFail()
}

func noErrorResults() error {
	doNothing()
	strings.NewReader("x").Len()
	return nil
}

// A concrete error type as a result is a value to build on, not a failure.
type myErr struct{ kind int }

func (e *myErr) Error() string         { return "x" }
func (e *myErr) WithKind(k int) *myErr { e.kind = k; return e }
func record(e *myErr) *myErr           { return e }
func builders(e *myErr) error          { e.WithKind(1); record(e); return nil }

// Cleanup: deferred, on an error path, or of something never written.
func cleanup(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	g, err := os.Create(path + ".new")
	if err != nil {
		return err
	}
	if _, err := g.Write(nil); err != nil {
		g.Close()
		os.Remove(g.Name())
		return err
	}
	empty, err := os.Create(path + ".lock")
	if err != nil {
		return err
	}
	empty.Close() // only created, never written
	defer os.RemoveAll(path + ".tmp")
	return g.Close()
}

// Without an error result, most drops are not defects.
func bestEffort(conn net.Conn) {
	conn.Write([]byte("bye"))
	ext.MayFail()
	go ext.MayFail() // unchecked-any
}

// A temporary file only created for its name: nothing written, nothing lost.
func tempName() string {
	f, err := os.CreateTemp("", "x")
	if err != nil {
		return ""
	}
	f.Close()
	os.Remove(f.Name())
	return f.Name()
}

// A file written through another function is written.
func writtenThrough(path string, v any) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	json.NewEncoder(f).Encode(v)
	f.Close() // want `\(\*os.File\).Close is not checked`
}

// Anything on the way out of a failing function is a best effort.
func failing(path string) error {
	if err := ext.MayFail(); err != nil {
		os.WriteFile(path, nil, 0o600)
		ext.MayFail()
		return fmt.Errorf("failed: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.WriteString("x"); err != nil {
		f.Close()
		var buf bytes.Buffer
		buf.ReadFrom(f)
		return errors.New(buf.String())
	}
	return f.Close()
}

// Buffered output to the terminal is as unchecked as fmt.Println.
func table(rows []string, out io.Writer) error {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(w, r)
	}
	w.Flush()
	o := bufio.NewWriter(out)
	o.WriteString("x")
	o.Flush() // want `\(\*bufio.Writer\).Flush is not checked: a failed flush loses buffered data`
	return nil
}

// A hash outside the standard library keeps hash.Hash's contract.
type Digest struct{ buf bytes.Buffer }

func (d *Digest) Write(p []byte) (int, error) { return d.buf.Write(p) }
func (d *Digest) Sum(b []byte) []byte         { return b }
func (d *Digest) Reset()                      { d.buf.Reset() }
func (d *Digest) Size() int                   { return 8 }
func (d *Digest) BlockSize() int              { return 1 }

// NotHash has a Write but is no hash.
type NotHash struct{ f *os.File }

func (n *NotHash) Write(p []byte) (int, error) { return n.f.Write(p) }
func (n *NotHash) Sum(b []byte) []byte         { return b }

func hashes(d *Digest, n *NotHash) error {
	d.Write(nil)
	n.Write(nil) // unchecked-any
	return nil
}

// A comment that says why makes the drop explicit.
func explained() error {
	ext.MayFail() // ignore errors: the cache is rebuilt on start
	// Best effort: the peer may have gone.
	ext.MayFail()
	// Set up the counters.
	ext.MayFail() // unchecked-any
	ext.MayFail() // note the order // unchecked-any
	return nil
}

// A directory whose creation fails makes the next step fail too; one made
// for its own sake loses only an empty directory.
func mkdirThenCreate(dir string) error {
	os.MkdirAll(dir, 0o755)
	f, err := os.Create(dir + "/x")
	if err != nil {
		return err
	}
	os.MkdirAll(dir+"/y", 0o755)
	return f.Close()
}

// This package's own functions: dropped more often than checked, the
// error is Advisory; checked as often, a drop is a slip.
func Advisory() error { return os.ErrClosed }

func Important() error { return os.ErrClosed }

func practice() error {
	Advisory()
	Advisory()
	if err := Advisory(); err != nil {
		return err
	}
	Important() // unchecked-any
	Important() // unchecked-any
	if err := Important(); err != nil {
		return err
	}
	return Important()
}

// A goroutine loses its function's error, but only the strict
// errcheckcb/unchecked-any reports go statements.
func serve(addr string) {
	go http.ListenAndServe(addr, nil) // unchecked-any
	go Advisory()                     // unchecked-any
}

// Undoing the read just made cannot fail.
func peekDigit(r io.ByteScanner) (bool, error) {
	c, err := r.ReadByte()
	if err != nil {
		return false, err
	}
	r.UnreadByte()
	return c >= '0' && c <= '9', nil
}

// os.Setenv with a constant, valid name fails only for a NUL in the value.
func environment(name, dir string) error {
	os.Setenv("TMPDIR", dir)
	os.Setenv(name, dir) // unchecked-any
	return nil
}
