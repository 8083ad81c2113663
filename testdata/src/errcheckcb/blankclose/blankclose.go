// Package blankclose holds the fixtures of errcheckcb/blank-close (strict):
// the Close of a file or sink written to, its error assigned to _ without a
// reason. Positives carry a want comment, traps carry none.
package blankclose

import (
	"compress/gzip"
	"os"
)

// Positives.

func saveReport(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	// want +2 `errcheckcb/blank-close: the error from os.File.Close is assigned to _`

	_ = f.Close()
	return nil
}

func deferredReport(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// want +2 `os.File.Close is assigned to _`

	defer func() { _ = f.Close() }()
	_, err = f.Write(data)
	return err
}

func pack(f *os.File, data []byte) error {
	zw := gzip.NewWriter(f)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	// want +2 `the error from gzip.Writer.Close is assigned to _`

	_ = zw.Close()
	return nil
}

// Traps.

// A file opened for reading: a failed close loses nothing.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 16)
	n, err := f.Read(buf)
	_ = f.Close()
	return buf[:n], err
}

// Synced before the close: the writes are on disk.
func saveSynced(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	_ = f.Close()
	return nil
}

// A reason on the line.
func saveScratch(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	_ = f.Close() // scratch output: a failed close is ignored, the file is rebuilt
	return nil
}

// A temporary file removed next: nothing to lose.
func probe(dir string) error {
	f, err := os.CreateTemp(dir, "probe")
	if err != nil {
		return err
	}
	if _, err := f.Write([]byte("x")); err != nil {
		return err
	}
	_ = f.Close()
	return os.Remove(f.Name())
}

// Given up after the rename into place failed (a function without an
// error result): the bare Close is not reported either.
func replaceQuietly(path string, data []byte) {
	f, err := os.Create(path + ".new")
	if err != nil {
		return
	}
	if _, err := f.Write(data); err != nil {
		return
	}
	if err := os.Rename(path+".new", path); err != nil {
		_ = f.Close()
		return
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
	}
}

// A temporary file removed when the function returns: the bare Close is
// not reported either.
func scratchInput(data []byte) error {
	f, err := os.CreateTemp("", "in")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		return err
	}
	_ = f.Close()
	return nil
}
