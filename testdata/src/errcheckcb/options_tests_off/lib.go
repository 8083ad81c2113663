// Package options_tests_off: _test.go files are not reported by default.
package options_tests_off

import "os"

func save(path string) error {
	os.WriteFile(path, nil, 0o600) // want `os.WriteFile is not checked`
	return nil
}
