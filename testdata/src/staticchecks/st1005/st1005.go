package st1005

import (
	"errors"
	"fmt"
)

func capitalised() error {
	return errors.New("Something failed") // want `ST1005: error strings should not be capitalized`
}

func punctuated(n int) error {
	return fmt.Errorf("bad count %d.", n) // want `ST1005: error strings should not end with punctuation or newlines`
}

func newline(err error) error {
	return fmt.Errorf("reading config: %v\n", err) // want `ST1005: error strings should not end with punctuation or newlines`
}

// Traps: acronyms and initialisms, names declared in the package, ellipsis
// of a format, and lower-case messages.

func acronym() error {
	return errors.New("EOF reached")
}

func initialism() error {
	return errors.New("HTTP server closed")
}

func lower(n int) error {
	return fmt.Errorf("bad count %d", n)
}

type Decoder struct{}

func named() error {
	return errors.New("Decoder is closed")
}

func Parse() error { return nil }

func namedFunc() error {
	return errors.New("Parse failed")
}

func annotated() error {
	//nolint:stylecheck // shown to users verbatim
	return errors.New("Run the setup first.")
}

func annotatedV2() error {
	//nolint:staticcheck // shown to users verbatim
	return errors.New("Run the setup first.")
}

func lintIgnored() error {
	//lint:ignore ST1005 shown to users verbatim
	return errors.New("Run the setup first.")
}
