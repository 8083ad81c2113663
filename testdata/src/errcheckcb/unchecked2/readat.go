package unchecked2

import (
	"fmt"
	"io"
)

// A protocol handle (a remote file bound to a name): it can be read at an
// offset and written, and its Close releases it. Made over no writer, it
// is a sink only where the function writes to it.
type Handle struct{ err error }

func (h *Handle) ReadAt(p []byte, off int64) (int, error)  { return 0, h.err }
func (h *Handle) WriteAt(p []byte, off int64) (int, error) { return len(p), h.err }
func (h *Handle) Write(p []byte) (int, error)              { return len(p), h.err }
func (h *Handle) Close() error                             { return h.err }

func bind(name string) *Handle { return &Handle{} }

// Only read, then closed: nothing written can be lost. Not reported.
func readAttr(name string, size int) ([]byte, error) {
	h := bind(name)
	defer h.Close()
	buf := make([]byte, size)
	n, err := h.ReadAt(buf, 0)
	if err != nil && err != io.EOF {
		return nil, err
	}
	return buf[:n], nil
}

// The same handle written, then closed: the close may lose the write.
func writeAttr(name string, value []byte) error {
	h := bind(name)
	defer h.Close() // want `deferred \(\*unchecked2.Handle\).Close is not checked`
	if _, err := h.WriteAt(value, 0); err != nil {
		return err
	}
	return nil
}

// Written through fmt.Fprintf, which takes it as an io.Writer: reported.
func printAttr(name, value string) error {
	h := bind(name)
	defer h.Close() // want `deferred \(\*unchecked2.Handle\).Close is not checked`
	if _, err := fmt.Fprintf(h, "%s\n", value); err != nil {
		return err
	}
	return nil
}

// A terminal line editor: its only Write... method writes its history out
// to the writer it is given, and Close restores the terminal. It is no
// sink: closing it loses nothing written. Not reported.
type Editor struct{ err error }

func (e *Editor) Prompt(p string) (string, error)       { return "", e.err }
func (e *Editor) WriteHistory(w io.Writer) (int, error) { return 0, e.err }
func (e *Editor) WriteTo(w io.Writer) (int64, error)    { return 0, e.err }
func (e *Editor) Close() error                          { return e.err }
func newEditor() *Editor                                { return &Editor{} }

func repl(eval func(string) error) error {
	ed := newEditor()
	defer ed.Close()
	for {
		line, err := ed.Prompt("> ")
		if err != nil {
			return err
		}
		if err := eval(line); err != nil {
			return err
		}
	}
}

// A sink with a data Write beside a WriteTo: still a sink. Reported.
type Spool struct{ err error }

func (s *Spool) Write(p []byte) (int, error)        { return len(p), s.err }
func (s *Spool) WriteTo(w io.Writer) (int64, error) { return 0, s.err }
func (s *Spool) Close() error                       { return s.err }
func newSpool() *Spool                              { return &Spool{} }

func spoolAll(lines []string) error {
	sp := newSpool()
	defer sp.Close() // want `deferred \(\*unchecked2.Spool\).Close is not checked`
	for _, l := range lines {
		if _, err := io.WriteString(sp, l); err != nil {
			return err
		}
	}
	return nil
}
