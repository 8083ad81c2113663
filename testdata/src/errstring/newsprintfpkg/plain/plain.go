// Package plain has a New without an Errorf beside it.
package plain

type failure string

func (f failure) Error() string { return string(f) }

// New returns an error with the message.
func New(msg string) error { return failure(msg) }
