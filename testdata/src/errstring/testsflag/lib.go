// Package testsflag is run with -errstring.tests: _test.go files are
// checked too.
package testsflag
