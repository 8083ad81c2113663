// Package errcheckcb shows ignored errors.
package errcheckcb

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
)

// Save writes data to path and forgets to check the result.
func Save(path string, data []byte) {
	os.WriteFile(path, data, 0o644)
}

// Load decodes the settings and drops the decoding error.
func Load(data []byte) map[string]string {
	var settings map[string]string
	_ = json.Unmarshal(data, &settings)
	return settings
}

// Remove checks the error and then swallows it.
func Remove(path string) {
	if err := os.Remove(path); err != nil {
	}
}

// Sizes walks root and uses the entry before looking at the error.
func Sizes(root string) []string {
	var names []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			return nil
		}
		names = append(names, path)
		return err
	})
	return names
}
