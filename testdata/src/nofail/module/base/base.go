// Package base declares functions that never fail and one that may.
package base

import "errors"

// Clear never fails.
func Clear() error { return nil } // want Clear:"neverFails"

// Load may fail.
func Load(ok bool) error {
	if !ok {
		return errors.New("not loaded")
	}
	return nil
}

// helper never fails, but is not exported: no fact.
func helper() (int, error) { return 1, nil }

// Size forwards helper: it never fails.
func Size() (int, error) { return helper() } // want Size:"neverFails"
