// Package matchidentity holds errstring/match-text cases run with the // want package:`tested\(\+io/fs.ErrNotExist\) sentinels\(\)`
// default switches: text is matched where the code offers an identity to
// test, and left alone where it offers none.
package matchidentity

import (
	"errors"
	"io/fs"
	"strings"

	"errstring/matchidentity/rows"
)

var errStale = errors.New("stale cache entry")

type conflictError struct{ key string }

func (e *conflictError) Error() string { return "conflict on " + e.key }

func refresh(key string) error {
	if key == "" {
		return errStale
	}
	return &conflictError{key}
}

// NoRows matches the message of an exported sentinel of an imported
// package (a fact).
func NoRows(err error) bool {
	return strings.HasPrefix(err.Error(), "no rows in result") // want `errstring/match-text: .*the text is the message of rows.ErrNoRows`
}

// Refresh matches the message of the package's own sentinel that refresh
// returns: errors.Is(err, errStale) is the test meant (mark3labs/mcp-go).
func Refresh(key string) bool {
	err := refresh(key)
	return err != nil && err.Error() == "stale cache entry" // want `errstring/match-text: .*the text is the message of errStale: use errors.Is\(err, errStale\)`
}

// Traps: the code offers nothing to test instead of the text.

// Stale matches the message of the package's own sentinel: an API client
// matches a server's text to return its own sentinel of that message.
func Stale(err error) error { // want Stale:`mayReturn\(errstring/matchidentity.errStale\)`
	if err.Error() == "stale cache entry" {
		return errStale
	}
	return err
}

// Conflict matches text of an error that may carry an error type: that
// says nothing of where the text comes from.
func Conflict(key string) bool {
	err := refresh(key)
	return err != nil && strings.Contains(err.Error(), "conflict on")
}

type reply struct{ Status, Message string }

// Quota matches text that a remote server sent.
func Quota(r reply) bool {
	var err error
	if r.Status != "ok" {
		err = errors.New(r.Message)
	}
	return err != nil && err.Error() == "quota exceeded"
}

// Deadlock matches text from a driver behind an interface.
func Deadlock(c rows.Conn) bool {
	err := c.Exec("UPDATE t SET n = n + 1")
	return err != nil && strings.Contains(err.Error(), "deadlock detected")
}

// Exit matches another program's output, carried as an error.
func Exit(run func() error) string {
	switch run().Error() {
	case "exit status 2":
		return "usage"
	}
	return ""
}

// Timeout is a trap: "i/o timeout" is os.ErrDeadlineExceeded's message, and
// also that of net's dial timeout, which is another error: errors.Is with
// the exported one is not the test the text makes.
func Timeout(err error) bool {
	return strings.HasSuffix(err.Error(), "i/o timeout")
}

// Missing is a trap: the text is matched only after errors.Is with the
// sentinel whose message it is, so it is there for other errors that say
// the same (a file system that returns plain text).
func Missing(err error) bool {
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	return strings.Contains(err.Error(), "file does not exist")
}

// MissingFirst matches the text before testing the sentinel.
func MissingFirst(err error) bool {
	if strings.Contains(err.Error(), "file does not exist") { // want `errstring/match-text: .*fs.ErrNotExist`
		return true
	}
	return errors.Is(err, fs.ErrNotExist)
}

// Insert is a trap: it turns a driver's text into the module's own
// sentinel of the same message, so the error matched is not that
// sentinel (micro/go-micro's postgres model, hashicorp/go-tfe's API
// client).
func Insert(c rows.Conn) error { // want Insert:`mayReturn\(\+errstring/matchidentity/rows.ErrNoRows\)`
	if err := c.Exec("INSERT"); err != nil {
		if strings.HasPrefix(err.Error(), "no rows in result") {
			return rows.ErrNoRows
		}
		return err
	}
	return nil
}

// Lookup matches the same text and returns something else: reported.
func Lookup(err error) (bool, error) {
	if strings.HasPrefix(err.Error(), "no rows in result") { // want `errstring/match-text: .*rows.ErrNoRows`
		return false, nil
	}
	return false, err
}
