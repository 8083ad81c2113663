// Package checktestfiles is checked with -debugprint.tests.
package checktestfiles

func Double(x int) int { return 2 * x }
