// Package errors is a stand-in for github.com/pkg/errors in errstring's
// fixtures: the functions they call, with the same signatures.
package errors

import "fmt"

type fundamental struct{ msg string }

func (f *fundamental) Error() string { return f.msg }

// New returns an error with the message (the real one records the stack).
func New(message string) error { return &fundamental{message} }

// Errorf formats the message as fmt.Sprintf does.
func Errorf(format string, args ...any) error {
	return &fundamental{fmt.Sprintf(format, args...)}
}

// Wrap annotates err with the message.
func Wrap(err error, message string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", message, err)
}
