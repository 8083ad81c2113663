// Package testsupport is test support: every file imports testing, so it // want package:`sentinels\(fake failure=ErrFake\)`
// is skipped like a _test.go file.
package testsupport

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

var ErrFake = errors.New("fake failure")

// Fail returns the fake's failure, described.
func Fail(t testing.TB) error {
	t.Helper()
	return fmt.Errorf("fake: %v", ErrFake)
}

// Reset reports whether err is a reset the fake server made.
func Reset(err error) bool {
	return strings.Contains(err.Error(), "connection reset by peer")
}
