// Package testsupport is test support: a non-test file imports testing.
// errcheckcb/unchecked, errcheckcb/blank-lossy and errcheckcb/blank report
// nothing here; errcheckcb/callback reports only its panic.
package testsupport

import (
	"os"
	"path/filepath"
	"testing"
)

// TempConfig writes a configuration file for a test.
func TempConfig(t *testing.T, data []byte) string {
	path := filepath.Join(t.TempDir(), "config")
	os.WriteFile(path, data, 0o600)
	_ = os.Chmod(path, 0o600)
	return path
}

// Fixture creates the files of a fixture tree.
func Fixture(dir string) error {
	os.MkdirAll(dir, 0o755)
	_ = os.WriteFile(filepath.Join(dir, "a"), nil, 0o600)
	return nil
}

// Walk is a trap: its callback drops the error it is given, which in test
// support ends in a failed test (docker/compose's e2e directory listing).
func Walk(root string) []string {
	var out []string
	_ = filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		out = append(out, path)
		return nil
	})
	return out
}

// Sizes uses info before err: Walk passes a nil info with an error, and the
// helper panics (lazygit's integration tests).
func Sizes(root string) int64 {
	var n int64
	_ = filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `errcheckcb/callback: callback parameter err is never checked: .*info.Size\(\) panics`
		n += info.Size()
		return nil
	})
	return n
}
