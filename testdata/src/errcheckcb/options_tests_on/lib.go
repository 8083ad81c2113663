// Package options_tests_on: with -errcheckcb.tests, _test.go files are reported.
package options_tests_on

import "os"

func save(path string) error {
	os.WriteFile(path, nil, 0o600) // want `os.WriteFile is not checked`
	return nil
}
