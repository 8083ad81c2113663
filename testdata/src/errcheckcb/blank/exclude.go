package blank

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Traps: calls whose error cannot occur as written, or that the
// unchecked-results rule does not report either, need no reason.
func cannotFail(w io.Writer, rw http.ResponseWriter, out io.Writer) {
	var buf bytes.Buffer
	_, _ = buf.WriteString("x")
	_, _ = fmt.Fprintf(&buf, "%d", 1)
	_, _ = fmt.Println("stdout")
	_, _ = fmt.Fprintln(os.Stderr, "stderr")
	// want +2 `assigned to _`

	_, _ = fmt.Fprint(w, "text to an interface")
	// want +2 `assigned to _`

	_, _ = rw.Write(nil)
	_ = errors.New("constructed")
	_ = fmt.Errorf("constructed: %w", errors.ErrUnsupported)
	r := bytes.NewReader(nil)
	b := make([]byte, 1)
	n, _ := r.Read(b)
	s, _ := buf.ReadString('\n')
	_, _ = io.Copy(&buf, strings.NewReader("x"))
	all, _ := io.ReadAll(bytes.NewReader(nil))
	zw, _ := gzip.NewWriterLevel(out, gzip.BestSpeed)
	k, _ := strconv.Atoi("42")
	d, _ := time.ParseDuration("5s")
	isJSON, _ := regexp.MatchString(`json$`, s)
	v, _ := ParseLevel("debug")
	_, _, _, _, _, _, _, _ = n, s, all, zw, k, d, isJSON, v
	pos, _ := strings.NewReader("x").Seek(0, io.SeekCurrent)
	br := bufio.NewReader(out2)
	peek, _ := br.Peek(br.Buffered())
	if n := br.Buffered(); n > 0 {
		buffered, _ := br.Peek(n)
		_ = buffered
	}
	_, _ = pos, peek
}

var out2 io.Reader

// Peeking beyond what is buffered reads, and can fail.
func peekMore(br *bufio.Reader) {
	// want +2 `the error from bufio.Reader.Peek is assigned to _`

	peek, _ := br.Peek(4)
	_ = peek
}

// ParseLevel is a package-level parser: with a constant argument it
// cannot fail at run time. So is a constructor given constants.
func ParseLevel(s string) (int, error) { return len(s), nil }

func NewCache(size int) (*int, error) { return &size, nil }

// Given constants, a function that reads a file can still fail.
func ParseFiles(names ...string) (int, error) { return 0, nil }

func constants() error {
	c, _ := NewCache(128)
	// want +2 `the error from blank.ParseFiles is assigned to _`

	n, _ := ParseFiles("a.tmpl")
	_, _ = c, n
	return nil
}

// Positives: the same calls where the error can occur.
func canFail(out io.Writer, level int, s string, f *os.File) error {
	// want +2 `the error from gzip.NewWriterLevel is assigned to _`

	zw, _ := gzip.NewWriterLevel(out, level)
	// want +2 `the error from strconv.Atoi is assigned to _`

	k, _ := strconv.Atoi(s)
	// want +2 `the error from regexp.MatchString is assigned to _`

	_, _ = regexp.MatchString(s, "x")
	// want +2 `the error from blank.ParseLevel is assigned to _`

	_, _ = ParseLevel(s)
	// want +2 `the error from io.Copy is assigned to _`

	_, _ = io.Copy(f, strings.NewReader("x"))
	// want +2 `the error from os.File.Write is assigned to _`

	_, _ = f.Write(nil)
	_, _ = zw, k
	return nil
}

// Cleanup (Close, Rollback, os.Remove): as a bare call it is
// errcheckcb/unchecked-any's, which errcheckcb/blank runs beside, so the
// blank needs a reason too.
func cleanup(f *os.File, path string) error {
	defer func() {
		// want +2 `assigned to _`

		_ = f.Close()
	}()
	if err := work(); err != nil {
		_ = os.Remove(path)
		return err
	}

	// want +2 `assigned to _`

	_ = os.Remove(path)
	return nil
}

func work() error { return nil }
