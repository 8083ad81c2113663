// Package scnofaildep is a dependency of the nofail fixture module: its
// Ping returns nil today, but its next version may fail.
package scnofaildep

// Ping never fails in this version.
func Ping() error { return nil }
