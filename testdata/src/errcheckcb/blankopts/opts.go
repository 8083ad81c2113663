// Package blankopts shows the blank rule under -errcheckcb.defer-close and
// -errcheckcb.everywhere, where the bare calls are reported too.
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
