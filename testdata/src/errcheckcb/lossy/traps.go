package lossy

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// Traps: none of these is reported.

func withReasons(path string) {
	_ = os.Rename(path+".old", path) // the old name may be gone already
	// The backup is advisory.
	_ = os.WriteFile(path+".bak", nil, 0o600)
	_ = os.Chmod(path, 0o600)
	// ignored: a read-only file system keeps the old mode, which is fine
}

func twoAbove(path string) {
	// Errors are ignored here: the marker is only a hint.

	_ = os.WriteFile(path, nil, 0o600)
}

// touch marks the directory as used. Best effort: errors are ignored.
func touch(dir string) {
	_ = os.WriteFile(filepath.Join(dir, ".used"), nil, 0o600)
}

// Other calls are errcheckcb/blank's (strict).
func other(s string) int {
	n, _ := strconv.Atoi(s)
	_ = os.Remove(s)
	return n
}

// An error path: the function already fails with another error.
func errorPath(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		_ = os.Remove(path)
		return err
	}
	return f.Close()
}

// A fallback: what the call gave is tested by the next statement.
func fallback(data []byte) string {
	var cfg struct{ Name string }
	_ = json.Unmarshal(data, &cfg)
	if cfg.Name == "" {
		cfg.Name = "default"
	}
	return cfg.Name
}

func shortWrite(f *os.File, data []byte) error {
	g, err := os.Create(f.Name() + ".copy")
	if err != nil {
		return err
	}
	n, _ := g.Write(data)
	if n < len(data) {
		return errors.New("short write")
	}
	return g.Close()
}

// A decode into a value nobody reads after it.
func probe(data []byte) bool {
	var v any
	_ = json.Unmarshal(data, &v)
	return json.Valid(data)
}

// Files opened for reading, synced, closed elsewhere, or devices.
func readOnly(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	_ = f.Close()
}

func synced(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }()
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}

func closedTwice(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }()
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Close()
}

func prompt() {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return
	}
	_, _ = tty.WriteString("Password: ")
	_ = tty.Close()
}

// A walk whose callback never fails cannot fail.
func listAll(root string) []string {
	var names []string
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return filepath.SkipDir
		}
		names = append(names, path)
		return nil
	})
	return names
}
