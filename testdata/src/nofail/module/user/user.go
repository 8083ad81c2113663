// Package user forwards calls of package base: the facts cross packages.
package user

import "example.com/nofailmod/base"

// Reset forwards a function of another package that never fails.
func Reset() error { return base.Clear() } // want Reset:"neverFails"

// Refresh forwards one that may fail: no fact.
func Refresh() error { return base.Load(true) }

// Count forwards both results of another package's function.
func Count() (int, error) { return base.Size() } // want Count:"neverFails"

// Loop and loop2 call each other and return nothing else: they never fail.
func Loop(n int) error { // want Loop:"neverFails"
	if n == 0 {
		return nil
	}
	return loop2(n - 1)
}

func loop2(n int) error { return Loop(n) }
