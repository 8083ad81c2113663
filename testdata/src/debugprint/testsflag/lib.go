// Package testsflag is checked with -debugprint.tests.
package testsflag

func Double(x int) int { return 2 * x }
