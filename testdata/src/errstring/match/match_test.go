package match

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Tests often check the very message under test: errstring skips _test.go
// files unless -errstring.tests is set.
func TestMessage(t *testing.T) {
	err := errors.New("EOF")
	if err.Error() != "EOF" || !strings.Contains(err.Error(), "EOF") {
		t.Fatal("wrong message")
	}
}

// Nor does errstring/wrap, by default.
func helper(err error) error {
	return fmt.Errorf("helper: %v", err)
}
