// Package wrapoff is run with -errstring.wrap=false: rule 5 is off, the
// others stay on.
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
	return errors.New(fmt.Sprintf("open %s", name)) // want `errors.New\(fmt.Sprintf`
}
