// Package wrap holds errstring/wrap cases: fmt.Errorf that drops its cause. // want package:`sentinels\(bad config=ErrConfig\)`
package wrap

import (
	"errors"
	"fmt"
	"os"
)

var ErrConfig = errors.New("bad config")

func load(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("load %s: %v", path, err) // want `errstring/wrap: fmt.Errorf formats the error err with %v, which drops it as the cause`
	}
	_ = data
	return nil
}

func save(path string) error {
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		return fmt.Errorf("save %s: %s", path, err) // want `errstring/wrap: fmt.Errorf formats the error err with %s`
	}
	return nil
}

func both(a, b error) error {
	if a != nil && b != nil {
		return fmt.Errorf("first: %v, second: %[2]v", a, b) // want `errstring/wrap: fmt.Errorf formats the error a with %v`
	}
	return nil
}

func flagged(err error) error {
	if err != nil {
		return fmt.Errorf("failed: %+v", err) // want `errstring/wrap: .*with %v`
	}
	return nil
}

// Reported without a fix.

func maybeNil(err error) error {
	return fmt.Errorf("status: %v", err) // want `errstring/wrap: fmt.Errorf formats the error err with %v`
}

func escaped(err error) error {
	if err != nil {
		return fmt.Errorf("failed:\t%v", err) // want `errstring/wrap: fmt.Errorf formats the error err`
	}
	return nil
}

func call() error {
	return fmt.Errorf("open: %v", os.ErrNotExist) // want `errstring/wrap: fmt.Errorf formats the error os.ErrNotExist`
}

// Traps.

func wraps(err error) error {
	return fmt.Errorf("load: %w", err)
}

// It wraps one error already and describes the other on purpose.
func category(err error) error {
	return fmt.Errorf("%w: %v", ErrConfig, err)
}

func notAnError(code int, name string) error {
	return fmt.Errorf("status %d for %v (%s)", code, name, name)
}

func typeOnly(err error) error {
	return fmt.Errorf("unexpected error type %T", err)
}

func quoted(err error) error {
	return fmt.Errorf("message %q", err)
}

func goSyntax(err error) error {
	return fmt.Errorf("value %#v", err)
}

// A format with want or expected is not excused: outside tests it
// describes a cause like any other.
func check(n int, err error) error {
	if err != nil {
		return fmt.Errorf("Read = %d, %v; want 0, nil", n, err) // want `errstring/wrap: fmt.Errorf formats the error err with %v`
	}
	return nil
}

func sprintf(err error) string {
	return fmt.Sprintf("failed: %v", err)
}
