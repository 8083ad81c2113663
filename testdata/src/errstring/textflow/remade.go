package textflow

import (
	"errors"
	"fmt"
	"log"
	"strings"
)

// Error text collected and made into an error again.

func closeAll(closers []func() error) error {
	msg := ""
	for _, c := range closers {
		if err := c(); err != nil {
			msg += err.Error() + "; " // want `errstring/text-carried: error turned into text, collected in msg and made into an error again`
		}
	}
	if msg != "" {
		return errors.New(msg)
	}
	return nil
}

func checkAll(checks []func() error) error {
	var lines []string
	for _, c := range checks {
		if err := c(); err != nil {
			lines = append(lines, "check: "+err.Error()) // want `errstring/text-carried: error turned into text, collected in lines and made into an error again`
		}
	}
	if len(lines) > 0 {
		return fmt.Errorf("%d checks failed: %s", len(lines), strings.Join(lines, ", "))
	}
	return nil
}

// Traps: the collected text ends in a log line, or no error text is
// collected.

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
