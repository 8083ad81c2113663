// Package newsprintf holds errstring/new-sprintf cases where the errors // want package:`sentinels\(base=ErrBase\)`
// import stays in use after the fixes.
package newsprintf

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base") // errors stays in use

func open(name string, attempt int) error {
	return errors.New(fmt.Sprintf("open %s: attempt %d", name, attempt)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf\(...\)\) formats the message and makes the error in two steps`
}

func wrapArgs(format string, args ...any) error {
	return errors.New(fmt.Sprintf(format, args...)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}

func percent() error {
	return errors.New(fmt.Sprintf("100%% done")) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}

// Reported without a fix.

func nonConstant(msg string) error {
	return errors.New(fmt.Sprintf(msg)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}

func withW(err error) error {
	return errors.New(fmt.Sprintf("bad: %w", err)) // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
}

func spread(name string) error {
	return errors.New( // want `errstring/new-sprintf: errors.New\(fmt.Sprintf`
		fmt.Sprintf("open %s", name),
	)
}

// Traps.

func constant() error {
	return errors.New("plain message")
}

func sprint(name string) error {
	return errors.New(fmt.Sprint("open ", name))
}

func built(name string) error {
	msg := fmt.Sprintf("open %s", name)
	return errors.New(msg)
}
