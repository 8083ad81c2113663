// Package lib declares functions that never fail, for package app of the
// same module.
package lib

import (
	"errors"
	"runtime"
)

// Reset never fails: its only return gives a literal nil.
func Reset() error { return nil } // want Reset:"neverFails"

// Count never fails either.
func Count(n int) (int, error) { // want Count:"neverFails"
	if n < 0 {
		return 0, nil
	}
	return n, nil
}

// Forward never fails: it returns what a never-failing function returns.
func Forward() error { return Reset() } // want Forward:"neverFails"

// Store has a method that never fails and one that may.
type Store struct{ n int }

// Put never fails.
func (s *Store) Put(n int) error { s.n = n; return nil } // want Put:"neverFails"

// Sync may fail.
func (s *Store) Sync() error {
	if s.n < 0 {
		return errors.New("negative")
	}
	return nil
}

// Putter is what Store's Put looks like through an interface.
type Putter interface{ Put(int) error }

// Platform looks at the platform at run time, but has one body for all:
// it never fails.
func Platform() error { // want Platform:"neverFails"
	if runtime.GOOS == "" {
		return nil
	}
	return nil
}
