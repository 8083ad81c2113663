package unchecked2

import "os"

// A written file removed by the next statement: its content is discarded,
// so a failed Close loses nothing (traps); one kept, renamed into place or
// removed only later, is output (positives).

// Trap: a probe file, written to test that the directory is writable.
func probeWritable(dir string) error {
	f, err := os.CreateTemp(dir, "probe")
	if err != nil {
		return err
	}
	if _, err := f.Write([]byte("x")); err != nil {
		return err
	}
	f.Close()
	os.Remove(f.Name())
	return nil
}

// Trap: removed by the path it was created at.
func probePath(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.WriteString("x"); err != nil {
		return err
	}
	f.Close()
	return os.Remove(path)
}

// Positive: renamed into place, the content is the output.
func saveAtomic(dst string, data []byte) error {
	f, err := os.CreateTemp("", "save")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	f.Close() // want `\(\*os.File\).Close is not checked`
	return os.Rename(f.Name(), dst)
}

// Positive: another file removed next.
func saveBeside(path, old string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	f.Close() // want `\(\*os.File\).Close is not checked`
	return os.Remove(old)
}
