// Package wrapoff is run with the default switches and with
// -strict -disable=errstring/wrap: errstring/wrap is off, the others stay
// on.
package wrapoff

import (
	"errors"
	"fmt"
)

func hide(err error) error {
	if err != nil {
		return fmt.Errorf("internal error: %v", err)
	}
	return nil
}

func still(name string) error {
	return errors.New(fmt.Sprintf("open %s", name)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}
