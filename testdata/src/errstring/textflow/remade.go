package textflow // want package:`sentinels\(busy=ErrBusy\)`

import (
	"errors"
	"fmt"
	"log"
	"strings"
)

// Error text collected and made into an error again, where the module
// tests what the collected errors may be: the test can never match.

// ErrBusy is what closing a busy resource returns.
var ErrBusy = errors.New("busy")

// CheckError is a failed check.
type CheckError struct{ Name string }

func (e *CheckError) Error() string { return "check " + e.Name + " failed" }

func closeOne(name string) error {
	if name == "db" {
		return ErrBusy
	}
	return nil
}

func closeAll(names []string) error {
	msg := ""
	for _, n := range names {
		if err := closeOne(n); err != nil {
			msg += err.Error() + "; " // want `errstring/text-carried: error turned into text, collected in msg and made into an error again`
		}
	}
	if msg != "" {
		return errors.New(msg)
	}
	return nil
}

func shutdown(names []string) bool {
	return errors.Is(closeAll(names), ErrBusy)
}

func checkOne(name string) error {
	if name == "" {
		return &CheckError{Name: name}
	}
	return nil
}

func checkAll(names []string) error {
	var lines []string
	for _, n := range names {
		if err := checkOne(n); err != nil {
			lines = append(lines, "check: "+err.Error()) // want `errstring/text-carried: error turned into text, collected in lines and made into an error again`
		}
	}
	if len(lines) > 0 {
		return fmt.Errorf("%d checks failed: %s", len(lines), strings.Join(lines, ", "))
	}
	return nil
}

func verify(names []string) bool {
	var ce *CheckError
	return errors.As(checkAll(names), &ce)
}

// Traps: the collected text ends in a log line, no error text is
// collected, or the error made of it is one nothing tests (logged by its
// caller: the zone updates of several DNS plugins).

func updateZones(zones []string, update func(string) error) error {
	var errs []string
	for _, z := range zones {
		if err := update(z); err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", z, err))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("errors updating zones: %s", strings.Join(errs, "; "))
	}
	return nil
}

func refresh(zones []string, update func(string) error) {
	if err := updateZones(zones, update); err != nil {
		log.Printf("refresh: %v", err)
	}
}

func cleanUp(records []string, remove func(string) error) error {
	msg := ""
	for _, r := range records {
		if err := remove(r); err != nil {
			msg += err.Error() + ": "
		}
	}
	if msg != "" {
		return errors.New(msg)
	}
	return nil
}

func logAll(checks []func() error) {
	report := ""
	for _, c := range checks {
		if err := c(); err != nil {
			report += err.Error() + "\n"
		}
	}
	log.Print(report)
}

func missing(parts []string) error {
	msg := "missing:"
	for _, p := range parts {
		msg += " " + p
	}
	return errors.New(msg)
}

func single(err error) error {
	text := "wrapped: "
	text += err.Error()
	log.Print(text)
	return fmt.Errorf("failed")
}
