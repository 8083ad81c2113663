// Package unchecked2 holds the fixtures of errcheckcb/unchecked's go
// statements, walks and deferred closes, and of the false alarms it must
// not raise (writer interfaces, devices, reasons near the statement).
package unchecked2

import (
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"

	"errcheckcb/unchecked2/term"
)

func (s *server) serve() error { return os.ErrClosed }

type server struct{}

// Positives (start: a go statement, strict's only).

func start(s *server) {
	go s.serve() // unchecked-any
	run := s.serve
	go run() // unchecked-any
}

func index(root string) []string {
	var names []string
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `filepath.Walk is not checked`
		if err != nil {
			return err
		}
		names = append(names, path)
		return nil
	})
	return names
}

func export(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close() // want `error returned by deferred \(\*os.File\).Close is not checked`
	_, err = f.Write(data)
	return err
}

// Traps.

func listAll(root string) []string {
	var names []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil {
			names = append(names, path)
		}
		return nil
	})
	return names
}

func exportChecked(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close() // the checked Close below reports the failure
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Close()
}

func exportNoResult(path string, data []byte) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	f.Write(data) // want `\(\*os.File\).Write is not checked`
}

func readAll(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return nil
}

// A prompt on the terminal before reading a password: a file opened in
// place, as devices are.
func prompt() (string, error) {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return "", err
	}
	defer tty.Close()
	tty.WriteString("Password: ")
	buf := make([]byte, 64)
	n, err := tty.Read(buf)
	return string(buf[:n]), err
}

// A protocol's response writer: an io.Writer with more Write methods.
type Msg struct{}

type ResponseWriter interface {
	Write([]byte) (int, error)
	WriteMsg(*Msg) error
}

func answer(w ResponseWriter, m *Msg) error {
	w.WriteMsg(m)
	return nil
}

// Reasons near the statement.
func reasons(path string) error {
	os.Chmod(path, 0o600)
	// ignored: a read-only file system keeps the old mode

	// Errors are ignored: the marker is only a hint.

	os.WriteFile(path+".used", nil, 0o600)
	return nil
}

// cleanStale removes what an older version left behind. Best effort: errors
// are ignored, the files are harmless.
func cleanStale(dir string) error {
	os.Rename(dir+"/old", dir+"/older")
	return nil
}

// The caller's terminal, handed in.
func askPassword(out *os.File) ([]byte, error) {
	out.WriteString("Password: ")
	return term.ReadPassword(int(os.Stdin.Fd()))
}

// A go statement is errcheckcb/unchecked-any's (strict), whether or not
// its function hands its failure on first.
type loop struct{ events chan error }

func (l *loop) post(err error) { l.events <- err }

func (l *loop) run() error {
	if err := l.init(); err != nil {
		l.post(err)
		return err
	}
	return nil
}

func (l *loop) init() error { return os.ErrClosed }

func startLoop(l *loop) {
	go l.run() // unchecked-any
}

// A sink made here and written to: its Close completes the writing (the
// gzip trailer, an upload's commit).
func compress(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	zw.Close() // want `error returned by \(\*gzip.Writer\).Close is not checked`
	return f.Close()
}

// Only made and closed, never written: nothing to lose.
func emptyArchive(f *os.File) error {
	zw := gzip.NewWriter(f)
	zw.Close()
	return nil
}

// A reader that names the writer's version is not a sink.
type FileReader struct{}

func (*FileReader) WriterVersion() string { return "" }
func (*FileReader) Rows() int             { return 0 }
func (*FileReader) Close() error          { return nil }

func OpenReader(path string) (*FileReader, error) { return &FileReader{}, nil }

func countRows(path string) (int, error) {
	r, err := OpenReader(path)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	return r.Rows(), nil
}
