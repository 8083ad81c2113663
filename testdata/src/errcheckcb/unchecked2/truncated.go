package unchecked2

import "os"

// Trap: a file only truncated (emptied, or made to a size) and closed: the
// ftruncate is synchronous and checked, so the Close has nothing to lose.
func emptyFile(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Truncate(0)
}

// Positive: truncated, then written.
func resetTo(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	defer f.Close() // want `deferred \(\*os.File\).Close is not checked`
	if err := f.Truncate(0); err != nil {
		return err
	}
	_, err = f.Write(data)
	return err
}
