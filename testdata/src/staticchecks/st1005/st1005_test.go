package st1005

import "errors"

// Trap: messages made in test functions are for the person reading the
// test output. (Staticcheck still reports package-level variables of test
// files.)
func fakeReader() error {
	return errors.New("Custom reader error")
}
