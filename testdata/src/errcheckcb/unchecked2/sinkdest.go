package unchecked2

import (
	"bufio"
	"compress/gzip"
	"errcheckcb/unchecked2/tables"
	"io"
	"net"
	"os"
)

// Positives: the output goes to a file opened for writing (directly, or
// through a variable that may hold it, or a writer reset to it), or to a
// writer the caller handed in.

func renderTo(name string, rows []string) error {
	out := io.Writer(os.Stdout)
	if name != "" {
		f, err := os.Create(name)
		if err != nil {
			return err
		}
		out = f
	}
	t := tables.NewTable(out)
	defer t.Close() // want `deferred \(\*tables.Table\).Close is not checked`
	return t.Append(rows...)
}

func gzipReset(name string, p []byte) error {
	zw := gzip.NewWriter(nil)
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	zw.Reset(f)
	if _, err := zw.Write(p); err != nil {
		return err
	}
	zw.Close() // want `\(\*gzip.Writer\).Close is not checked`
	return f.Close()
}

func flushToCaller(w io.Writer, lines []string) error {
	go func() {
		bw := bufio.NewWriter(w)
		for _, l := range lines {
			bw.WriteString(l)
		}
		bw.Flush() // want `\(\*bufio.Writer\).Flush is not checked`
	}()
	return nil
}

// Traps: the output goes to a connection (a failure surfaces on the
// reading side), a pipe (the reader has gone), the console (as unchecked
// as fmt.Print) or nowhere the data flow shows.

func pipelineWriter(conn net.Conn, reqs <-chan []byte) error {
	bw := bufio.NewWriter(conn)
	defer bw.Flush()
	for r := range reqs {
		if _, err := bw.Write(r); err != nil {
			return err
		}
	}
	return nil
}

func streamThroughPipe(produce func(*bufio.Writer)) io.Reader {
	c1, c2 := net.Pipe()
	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriter(c1)
		produce(bw)
		bw.Flush()
		c1.Close()
	}()
	go func() {
		bw := bufio.NewWriter(pw)
		produce(bw)
		bw.Flush()
		pw.Close()
	}()
	return io.MultiReader(c2, pr)
}

func renderToConsole(rows []string) error {
	out := io.Writer(os.Stdout) // default output
	t := tables.NewTable(out)
	defer t.Close()
	if err := t.Append(rows...); err != nil {
		return err
	}
	zw := gzip.NewWriter(os.Stderr)
	defer zw.Close()
	_, err := zw.Write([]byte("x"))
	return err
}

func gzipNowhere(p []byte) error {
	zw := gzip.NewWriter(nil)
	zw.Reset(io.Discard)
	if _, err := zw.Write(p); err != nil {
		return err
	}
	zw.Close()
	return nil
}

// The receiver's writer: where it goes is set elsewhere (a log, a
// console, a connection), not shown by this function's data flow.
func (s *session) render(rows []string) error {
	t := tables.NewTable(s.out)
	defer t.Close()
	return t.Append(rows...)
}

type session struct{ out io.Writer }
