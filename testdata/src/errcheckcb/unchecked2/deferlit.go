package unchecked2

import (
	"io"
	"os"
)

// A Close in a deferred function literal runs when the function returns,
// as a deferred Close does, and is judged as one.

// Trap: the deferred Close runs only on the failure paths (the success
// path closes, checks and forgets the file): closed and checked elsewhere.
func fetchTo(path string, r io.Reader) (string, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return "", err
	}
	defer func() {
		if f != nil {
			f.Close()
		}
	}()
	if _, err := io.Copy(f, r); err != nil {
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	f = nil
	return path, nil
}

// Positive: the only Close, deferred in a literal, in a function that
// could return its error.
func saveLit(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		f.Close() // want `\(\*os.File\).Close is not checked`
	}()
	_, err = f.Write(data)
	return err
}
