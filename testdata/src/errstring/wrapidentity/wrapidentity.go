// Package wrapidentity holds errstring/wrap-identity cases: fmt.Errorf // want package:`tested\(\+errstring/wrapidentity.ErrClosed,\+errstring/wrapidentity.LimitError\)`
// formats with %v an error whose identity the module tests.
package wrapidentity

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"errstring/wrapidentity/store"
)

// ErrClosed is API: callers test it with errors.Is.
var ErrClosed = errors.New("closed")

var errBusy = errors.New("busy") // tested below

var errInternal = errors.New("internal") // never tested

// LimitError is API: callers test it with errors.As.
type LimitError struct{ N int }

func (e *LimitError) Error() string { return "limit " + strconv.Itoa(e.N) }

type quietError struct{}

func (quietError) Error() string { return "quiet" }

func read(closed bool) error {
	if closed {
		return ErrClosed
	}
	return nil
}

func lock(n int) error {
	if n > 1 {
		return fmt.Errorf("lock %d: %w", n, errBusy)
	}
	if n < 0 {
		return &LimitError{N: n}
	}
	return nil
}

func Retry(n int) bool { return errors.Is(lock(n), errBusy) }

// Callers' tests, as the module makes them.

func IsClosed(err error) bool { return errors.Is(err, ErrClosed) }

func Limit(err error) int {
	var le *LimitError
	if errors.As(err, &le) {
		return le.N
	}
	return 0
}

// Exported but never tested: no finding.

var ErrUntested = errors.New("untested")

func untested() error { return ErrUntested }

func Untested() error {
	if err := untested(); err != nil {
		return fmt.Errorf("untested: %v", err)
	}
	return nil
}

func Read() error {
	if err := read(true); err != nil {
		return fmt.Errorf("read: %v", err) // want `errstring/wrap-identity: fmt.Errorf formats the error err with %v, which hides wrapidentity.ErrClosed`
	}
	return nil
}

func Lock(n int) error {
	err := lock(n)
	if err != nil {
		return fmt.Errorf("lock: %s", err) // want `errstring/wrap-identity: .*with %s, which hides wrapidentity.LimitError`
	}
	return nil
}

// Expected is not a test message: the word "expected" does not excuse it.
func Expected(n int) error {
	if err := lock(n); err != nil {
		return fmt.Errorf("expected a free lock: %v", err) // want `errstring/wrap-identity: .*wrapidentity.LimitError`
	}
	return nil
}

// Direct formats a sentinel itself.
func Direct() error {
	return fmt.Errorf("giving up: %v", ErrClosed) // want `errstring/wrap-identity: .*wrapidentity.ErrClosed`
}

// Fetch wraps an error of another package of the module whose sentinel
// that package tests (a fact).
func Fetch(key string) (string, error) {
	v, err := store.Get(key)
	if err != nil {
		return "", fmt.Errorf("fetch %s: %v", key, err) // want `errstring/wrap-identity: .*store.errMissing`
	}
	return v, nil
}

// Traps: nothing tests what the error may carry.

func internal() error { return errInternal }

// Describe formats internal errors with %v and wraps I/O errors with %w:
// the choice is deliberate.
func Describe(path string) error { // no fact: what os.ReadFile returns is not analysed (a dependency)
	if err := internal(); err != nil {
		return fmt.Errorf("internal state: %v", err)
	}
	if _, err := os.ReadFile(path); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// Port formats strconv's error: no code of this module tests it.
func Port(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("port %q: %v", s, err)
	}
	return n, nil
}

// Copy formats an error from an interface method: nothing is known of it.
func Copy(w io.Writer, r io.Reader) error {
	if _, err := io.Copy(w, r); err != nil {
		return fmt.Errorf("copy: %v", err)
	}
	return nil
}

// Quiet formats an unexported error type that nothing tests.
func Quiet() error {
	var q error = quietError{}
	return fmt.Errorf("quiet: %v", q)
}

// Remote formats a parameter: where it comes from is the caller's business.
func Remote(err error) error {
	return fmt.Errorf("server said: %v", err)
}

// Explicit formats with %w already.
func Explicit() error { // want Explicit:`mayReturn\(\+errstring/wrapidentity.ErrClosed\)`
	return fmt.Errorf("read: %w; also %v", read(true), errInternal)
}
