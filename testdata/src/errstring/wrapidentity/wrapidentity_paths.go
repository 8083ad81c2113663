package wrapidentity

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// A test matters to a wrap only where the tested error may come from the
// function that wraps.

var errStale = errors.New("stale")

func load(n int) error {
	if n == 0 {
		return errStale
	}
	return nil
}

// Refresh tests errStale on what load returns, and on nothing else.
func Refresh(n int) bool { return errors.Is(load(n), errStale) }

// Reload formats errStale with %v, but no test looks at what Reload
// returns: its error ends where a command prints it.
func Reload() error {
	if err := load(0); err != nil {
		return fmt.Errorf("reload: %v", err)
	}
	return nil
}

var errGone = errors.New("gone")

func get() error { return errGone }

// fetch hides errGone, and Gone tests the error of fetchAll, which is
// fetch's.
func fetch() error {
	if err := get(); err != nil {
		return fmt.Errorf("fetch: %v", err) // want `errstring/wrap-identity: .*hides wrapidentity.errGone`
	}
	return nil
}

func fetchAll() error {
	err := fetch()
	return fmt.Errorf("all: %w", err)
}

// Gone tests errGone on the error of fetchAll.
func Gone() bool { return errors.Is(fetchAll(), errGone) }

type timeoutError struct{}

func (timeoutError) Error() string { return "timeout" }

func dial() error { return timeoutError{} }

// connect hides timeoutError, which a type switch on its error tests.
func connect() error {
	if err := dial(); err != nil {
		return fmt.Errorf("connect: %s", err) // want `errstring/wrap-identity: .*hides wrapidentity.timeoutError`
	}
	return nil
}

// Retryable switches on the type of connect's error.
func Retryable() bool {
	switch connect().(type) {
	case timeoutError:
		return true
	}
	return false
}

// Store is tested through its interface: Full looks at what Put returns.
type Store interface{ Put(v string) error }

var errFull = errors.New("full")

func Full(s Store, v string) bool { return errors.Is(s.Put(v), errFull) }

type disk struct{ n int }

func (d *disk) reserve() error {
	if d.n > 9 {
		return errFull
	}
	return nil
}

// Put is a Store's Put: Full's test reaches its error.
func (d *disk) Put(v string) error {
	if err := d.reserve(); err != nil {
		return fmt.Errorf("put %s: %v", v, err) // want `errstring/wrap-identity: .*hides wrapidentity.errFull`
	}
	return nil
}

// openDisk's error goes nowhere a test looks, though it may be errFull.
func openDisk(d *disk) error {
	if err := d.reserve(); err != nil {
		return fmt.Errorf("open: %v", err)
	}
	return nil
}

var errLate = errors.New("late")

func tick() error { return errLate }

// isLate is a test helper: what it tests is what its callers pass.
func isLate(err error) bool { return errors.Is(err, errLate) }

func Poll() bool { return isLate(tick()) }

// Wait formats errLate with %v where no call of isLate looks.
func Wait() error {
	if err := tick(); err != nil {
		return fmt.Errorf("wait: %v", err)
	}
	return nil
}

// nap hides errLate from Doze's call of isLate.
func nap() error {
	if err := tick(); err != nil {
		return fmt.Errorf("nap: %v", err) // want `errstring/wrap-identity: .*hides wrapidentity.errLate`
	}
	return nil
}

func Doze() bool { return isLate(nap()) }

// A package variable that holds a failure is compared with nil, which
// tests no identity.
var home, homeErr = os.UserHomeDir()

func Home() (string, error) {
	if homeErr != nil {
		return "", fmt.Errorf("home: %v", homeErr)
	}
	return home, nil
}

// byteReader tests io.EOF on what its embedded reader's Read returns: a
// test through an interface method, which says nothing of parse.
type byteReader struct{ io.Reader }

func (r byteReader) next() (byte, error) {
	var b [1]byte
	n, err := r.Read(b[:])
	if n == 1 && err == io.EOF {
		return b[0], nil
	}
	if n == 0 {
		return 0, io.EOF
	}
	return b[0], err
}

func parse(r byteReader) error {
	if _, err := r.next(); err != nil {
		return fmt.Errorf("parse: %v", err)
	}
	return nil
}
