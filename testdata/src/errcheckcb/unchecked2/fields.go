package unchecked2

import (
	"compress/gzip"
	"log"
	"os"
)

// A logger that writes a file held in a field, through a gzip writer held
// in another: its Close completes both. Dropping the gzip writer's Close
// loses the trailer; closing the file after a Sync whose failure was
// dropped loses whatever the sync could not write.
type FileLogger struct {
	out  *os.File
	gz   *gzip.Writer
	name string
}

func (l *FileLogger) open(path string) error {
	var err error
	l.out, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	l.gz = gzip.NewWriter(l.out)
	return nil
}

func (l *FileLogger) Write(p []byte) (int, error) { return l.gz.Write(p) }

func (l *FileLogger) Close() {
	if l.out == nil {
		return
	}
	l.out.Sync()  // want `\(\*os.File\).Sync is not checked`
	l.gz.Close()  // want `\(\*gzip.Writer\).Close is not checked`
	l.out.Close() // want `\(\*os.File\).Close is not checked`
}

// A field that holds a file opened for reading: its Close is teardown.
type Tailer struct{ in *os.File }

func (t *Tailer) open(path string) error {
	var err error
	t.in, err = os.Open(path)
	return err
}

func (t *Tailer) Close() {
	t.in.Close()
}

// A checked Sync makes the Close after it lose nothing.
type Journal struct{ f *os.File }

func (j *Journal) open(path string) (err error) {
	j.f, err = os.Create(path)
	return err
}

func (j *Journal) Close() {
	if err := j.f.Sync(); err != nil {
		log.Print(err)
	}
	j.f.Close()
}

// The Close method comes first in the file, the writer is made further
// down: the same.
type Archive struct{ zw *gzip.Writer }

func (a *Archive) Close() {
	a.zw.Close() // want `\(\*gzip.Writer\).Close is not checked`
}

func (a *Archive) start(f *os.File, data []byte) error {
	a.zw = gzip.NewWriter(f)
	_, err := a.zw.Write(data)
	return err
}
