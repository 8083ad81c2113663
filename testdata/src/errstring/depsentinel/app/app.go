// Package app matches the text of another module's sentinels.
package app

import (
	"strings"

	"example.com/esdeplib"
)

func exact() {
	err := esdeplib.Serve()
	if err.Error() == "esdeplib: listener closed" { // want `the text is the message of esdeplib.ErrClosed: use errors.Is\(err, esdeplib.ErrClosed\)`
		return
	}
	if err.Error() == "esdeplib: queue is full" { // want `message of esdeplib.ErrFull`
		return
	}
	if err.Error() == "esdeplib: request timed out" { // want `message of esdeplib.ErrTimeout`
		return
	}
	if err.Error() == "esdeplib: resource is gone" { // want `message of esdeplib.ErrAlias`
		return
	}
}

func part() {
	err := esdeplib.Serve()
	if strings.Contains(err.Error(), "listener closed") { // want `the text is part of the message of esdeplib.ErrClosed`
		return
	}
	if strings.HasSuffix(err.Error(), "esdeplib: queue is full") { // want `message of esdeplib.ErrFull`
		return
	}
}

// Traps: no one sentinel of the imported module has the text.
func traps() {
	err := esdeplib.Serve()
	if err.Error() == "odd value" { // prefixed's message is "esdeplib: odd value"
		return
	}
	if err.Error() == "esdeplib: server busy" { // two sentinels share it
		return
	}
	if err.Error() == "esdeplib: code 7" { // formatted, not read
		return
	}
	if strings.Contains(err.Error(), "closed") { // too short to point at one message
		return
	}
	if strings.Contains(err.Error(), "connection refused") { // want `errstring/match-text: .*message of syscall.ECONNREFUSED: use errors.Is\(err, syscall.ECONNREFUSED\)`
		return
	}
	if strings.Contains(err.Error(), "refused") { // short, and part of the standard library's messages
		return
	}
}
