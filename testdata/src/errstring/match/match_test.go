package match

import (
	"errors"
	"strings"
	"testing"
)

// Tests often check the very message under test: rule 4 skips _test.go files.
func TestMessage(t *testing.T) {
	err := errors.New("EOF")
	if err.Error() != "EOF" || !strings.Contains(err.Error(), "EOF") {
		t.Fatal("wrong message")
	}
}
