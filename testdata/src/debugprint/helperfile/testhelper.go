package helperfile

import "testing"

// AssertSum is a helper for the tests of importers.
func AssertSum(t testing.TB, xs []int, want int) {
	t.Helper()
	if got := Sum(xs); got != want {
		t.Errorf("Sum = %d, want %d", got, want)
	}
}
