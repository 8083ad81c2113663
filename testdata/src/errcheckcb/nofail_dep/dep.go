// Package nofaildep is a dependency of the nofail fixture module: its
// functions never fail today, but its signature is its contract.
package nofaildep

// Flush never fails in this version.
func Flush() error { return nil }
