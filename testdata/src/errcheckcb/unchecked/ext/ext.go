// Package ext declares functions that may fail, for the unchecked
// fixtures: another package's functions are reported at every drop.
package ext

import "errors"

var errFailed = errors.New("failed")

// MayFail fails.
func MayFail() error { return errFailed }

// Pair fails.
func Pair() (int, error) { return 0, errFailed }

// Long takes several arguments and fails.
func Long(a, b, c int) error { return errFailed }

// Commit fails.
func Commit() error { return errFailed }
