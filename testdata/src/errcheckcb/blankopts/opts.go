// Package blankopts shows the blank rule where the bare calls are
// errcheckcb/unchecked-any's: in cleanup and in functions without an
// error result.
package blankopts

import "os"

func Fails() error { return nil }

func cleanup(path string) error {
	// want +2 `the error from os.Remove is assigned to _`

	_ = os.Remove(path)
	return nil
}

func noErrorResult() {
	// want +2 `the error from blankopts.Fails is assigned to _`

	_ = Fails()
}
