package testsflag

import (
	"errors"
	"fmt"
	"testing"
)

func helper(err error) error {
	if err != nil {
		return fmt.Errorf("helper: %v", err) // want `errstring/wrap: fmt.Errorf formats the error err with %v`
	}
	return nil
}

func TestEOF(t *testing.T) {
	err := helper(errors.New("EOF"))
	if err.Error() != "helper: EOF" { // want `errstring/match-foreign-text: error matched by its text`
		t.Fatal(err)
	}
}
