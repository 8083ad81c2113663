// Package newsprintfmulti: every use of errors is a fixable
// errors.New(fmt.Sprintf(...)), so each fix rewrites them all and drops the
// import: any one fix, or all, leave a file that compiles.
package newsprintfmulti

import (
	"errors"

	"fmt"
)

func open(name string) error {
	return errors.New(fmt.Sprintf("open %s", name)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}

func closeFile(name string) error {
	return errors.New(fmt.Sprintf("close %s", name)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}
