// Package newsprintfpkg holds the fixtures of errstring/new-sprintf for
// errors packages with their own Errorf (github.com/pkg/errors,
// golang.org/x/xerrors): New(fmt.Sprintf(...)) becomes that Errorf.
package newsprintfpkg

import (
	"fmt"

	"errstring/newsprintfpkg/plain"
	pkgerrors "github.com/pkg/errors"
	"golang.org/x/xerrors"
)

func listTargets(zone string, n int) error {
	if n == 0 {
		return pkgerrors.New(fmt.Sprintf("no targets in zone %s", zone)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf\(...\)\) of github.com/pkg/errors`
	}
	return nil
}

func unsupported(name string) error {
	return xerrors.New(fmt.Sprintf("unsupported file %s", name)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf\(...\)\) of golang.org/x/xerrors`
}

// Trap: a New with no Errorf beside it has nothing better to offer.
func plainNew(name string) error {
	return plain.New(fmt.Sprintf("no %s", name))
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
