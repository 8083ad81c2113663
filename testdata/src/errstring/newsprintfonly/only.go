// Package newsprintfonly: the only use of errors goes, so the fix drops the
// import.
package newsprintfonly

import (
	"errors"
	"fmt"
)

func open(name string) error {
	return errors.New(fmt.Sprintf("open %s", name)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}
