// Package tests: _test.go files and Example functions are not checked.
package tests

func Double(x int) int { return 2 * x }
