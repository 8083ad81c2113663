// Package lossy holds the fixtures of errcheckcb/blank-lossy: blanks that
// drop the error of a call whose failure loses data or state. Positives
// carry a want comment, traps carry none.
package lossy

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
)

// Positives.

func saveAll(path string, data []byte, v any) {
	// want +2 `errcheckcb/blank-lossy: the error from os.WriteFile is assigned to _, and its failure loses data`

	_ = os.WriteFile(path, data, 0o600)
	// os.Rename and json.Unmarshal: errcheckcb/blank's (strict) now.
	_ = os.Rename(path+".tmp", path)
	_ = json.Unmarshal(data, v)
}

// The explicit Close below is errcheckcb/blank-close's (strict): a trap
// here; the blankclose fixture has more, run with the default switches too.
func writeFile(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// want +2 `the error from os.File.Write is assigned to _`

	n, _ := f.Write(data)
	_ = n
	_ = f.Close()
	return nil
}

func decodeConfig(data []byte) string {
	var cfg struct{ Name string }
	_ = json.Unmarshal(data, &cfg)
	return cfg.Name
}

func collect(root string) []string {
	var names []string
	// want +2 `filepath.WalkDir is assigned to _`

	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		names = append(names, path)
		return nil
	})
	return names
}
