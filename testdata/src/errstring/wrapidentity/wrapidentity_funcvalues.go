package wrapidentity

import (
	"errors"
	"fmt"
	"log"
)

// A test on what a func parameter of an unexported helper returns looks
// at the functions its callers pass, not at every error of the package.

var errTimeout = errors.New("timeout")

func connectTo(addr string) error {
	if addr == "" {
		return errTimeout
	}
	return nil
}

// retry tests errTimeout on what attempt returns.
func retry(attempt func() error) error {
	for i := 0; i < 3; i++ {
		err := attempt()
		if err == nil || !errors.Is(err, errTimeout) {
			return err
		}
	}
	return errTimeout
}

// background runs job and only logs its error.
func background(job func() error) {
	go func() {
		if err := job(); err != nil {
			log.Print(err)
		}
	}()
}

// Connect hands retry a literal whose %v hides errTimeout from retry's
// test: reported.
func Connect(addr string) error { // want Connect:`mayReturn\(errstring/wrapidentity.errTimeout\)`
	return retry(func() error {
		if err := connectTo(addr); err != nil {
			return fmt.Errorf("dial %s: %v", addr, err) // want `errstring/wrap-identity: fmt.Errorf formats the error err with %v, which hides wrapidentity.errTimeout`
		}
		return nil
	})
}

// Warm hands its literal to background, where nothing tests the error:
// the %v loses nothing anyone asks for.
func Warm(addr string) {
	background(func() error {
		if err := connectTo(addr); err != nil {
			return fmt.Errorf("warm %s: %v", addr, err)
		}
		return nil
	})
}

// Reconnect hands retry a literal through a local variable: reported.
func Reconnect(addr string) error { // want Reconnect:`mayReturn\(errstring/wrapidentity.errTimeout\)`
	attempt := func() error {
		if err := connectTo(addr); err != nil {
			return fmt.Errorf("redial %s: %v", addr, err) // want `errstring/wrap-identity: fmt.Errorf formats the error err with %v, which hides wrapidentity.errTimeout`
		}
		return nil
	}
	return retry(attempt)
}
