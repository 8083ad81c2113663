// Package xerrors is a stand-in for golang.org/x/xerrors in errstring's
// fixtures: the functions they call, with the same signatures.
package xerrors

import "fmt"

type wrapError struct{ msg string }

func (e *wrapError) Error() string { return e.msg }

// New returns an error with the message (the real one records a frame).
func New(text string) error { return &wrapError{text} }

// Errorf formats the message as fmt.Errorf does.
func Errorf(format string, a ...interface{}) error { return fmt.Errorf(format, a...) }
