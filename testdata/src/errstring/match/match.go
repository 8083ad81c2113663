// Package match holds errstring/match-text cases: errors matched by their text. // want package:`tested\(\+net.ErrClosed\)`
package match

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

func readAll(r *bufio.Reader) error {
	for {
		_, err := r.ReadString('\n')
		if err != nil && err.Error() == "EOF" { // want `errstring/match-text: error matched by its text: .*the text is the message of io.EOF: use errors.Is\(err, io.EOF\)`
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func closed(err error) bool {
	return "use of closed network connection" != err.Error() // want `errstring/match-text: .*the text is the message of net.ErrClosed`
}

func notExist(err error) bool {
	return err.Error() == "file does not exist" // want `errstring/match-text: .*the text is the message of os.ErrNotExist`
}

// Reported without a fix.

func ambiguous(err error) bool {
	return err.Error() == "invalid argument" // want `errstring/match-foreign-text: .*message of fs.ErrInvalid and os.ErrInvalid and syscall.EINVAL: use errors.Is with the one meant`
}

func unknown(err error) bool {
	return err.Error() == "backend unavailable" // want `errstring/match-foreign-text: error matched by its text: .*use errors.Is with a sentinel error or errors.As with an error type`
}

func contains(err error) bool {
	return strings.Contains(err.Error(), "connection refused") // want `errstring/match-text: .*the text is the message of syscall.ECONNREFUSED: use errors.Is\(err, syscall.ECONNREFUSED\)`
}

// A syscall.Errno's text: reported, no fix (the message is the platform's).
func gone(err error) bool {
	return err.Error() == "no such process" // want `errstring/match-text: .*the text is the message of syscall.ESRCH: use errors.Is\(err, syscall.ESRCH\)`
}

func prefix(err error) bool {
	return strings.HasPrefix(strings.ToLower(err.Error()), "timeout") // want `errstring/match-foreign-text: error matched by its text`
}

func suffix(err error) bool {
	return strings.HasSuffix(err.Error(), "EOF") // want `errstring/match-foreign-text: .*the text is the message of io.EOF: use errors.Is`
}

func wrappedSuffix(err error) bool {
	return strings.HasSuffix(err.Error(), ": use of closed network connection") // want `errstring/match-text: .*the text is the message of net.ErrClosed: use errors.Is`
}

func wrappedOther(err error) bool {
	return strings.HasSuffix(err.Error(), ": closed") // want `errstring/match-foreign-text: error matched by its text`
}

func noSpace(err error) bool {
	return strings.Contains(err.Error(), "no space left") // want `errstring/match-foreign-text: .*the text is part of the message of syscall.ENOSPC: use errors.Is\(err, syscall.ENOSPC\)`
}

// Only part of os.ErrExist's message ("file already exists"): a SQL
// driver's "Table already exists" has these words too, so it is the strict
// rule's.
func alreadyExists(err error) bool {
	return strings.Contains(err.Error(), "already exists") // want `errstring/match-foreign-text: .*the text is part of the message of os.ErrExist`
}

// The constant message of an error type (net/http's *MaxBytesError): no
// errors.Is fix, errors.As is the test.
func tooLarge(err error) bool {
	return err.Error() == "http: request body too large" // want `errstring/match-text: .*the text is the message of every \*http.MaxBytesError: use errors.As with a \*http.MaxBytesError target`
}

// Only part of it: the strict rule's.
func bodyLimit(err error) bool {
	return strings.Contains(err.Error(), "request body too large") // want `errstring/match-foreign-text: .*part of the message of \*http.MaxBytesError: use errors.As`
}

func notFound(err error) bool {
	return strings.Contains(err.Error(), "not found") // want `errstring/match-foreign-text: error matched by its text: .*use errors.Is with a sentinel error or errors.As with an error type`
}

func fold(err error) bool {
	return strings.EqualFold("eof", err.Error()) // want `errstring/match-foreign-text: error matched by its text`
}

func kind(err error) string {
	switch err.Error() { // want `errstring/match-text: .*switch on errors.Is \(here with io.EOF, io.ErrUnexpectedEOF\) and errors.As instead`
	case "EOF":
		return "end"
	case "unexpected EOF":
		return "truncated"
	}
	return "other"
}

type opError struct{ op string }

func (e *opError) Error() string { return e.op + " failed" }

// A concrete type: errors.Is would compare pointers and never match.
func concrete(e *opError) bool {
	return e.Error() == "EOF" // want `errstring/match-text: .*the text is the message of io.EOF`
}

// Traps.

func empty(err error) bool {
	return err != nil && err.Error() != ""
}

func variable(err error, want string) bool {
	return err.Error() == want
}

func notAnError(s fmt.Stringer) bool {
	return s.String() == "EOF"
}

func plainStrings(line string) bool {
	return line == "EOF" || strings.Contains(line, "connection refused")
}

func isClosed(err error) bool {
	return err == net.ErrClosed
}
