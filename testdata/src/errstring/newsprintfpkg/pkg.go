// Package newsprintfpkg holds the fixtures of errstring/new-sprintf for
// github.com/pkg/errors: its New(fmt.Sprintf(...)) becomes its Errorf.
package newsprintfpkg

import (
	"fmt"

	pkgerrors "github.com/pkg/errors"
)

func listTargets(zone string, n int) error {
	if n == 0 {
		return pkgerrors.New(fmt.Sprintf("no targets in zone %s", zone)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf\(...\)\) of github.com/pkg/errors`
	}
	return nil
}

// Traps: New with a constant, Errorf already, Wrap with a formatted message.
func traps(path string, err error) error {
	if path == "" {
		return pkgerrors.New("empty path")
	}
	if err == nil {
		return pkgerrors.Errorf("bad path %q", path)
	}
	return pkgerrors.Wrap(err, fmt.Sprintf("reading %s", path))
}
