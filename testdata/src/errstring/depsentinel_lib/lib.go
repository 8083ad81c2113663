// Package esdeplib is another module's package whose sentinels the
// fixture's code matches by text. The driver reads only its types; the
// messages come from this source.
package esdeplib

import (
	"errors"
	"fmt"

	"example.com/esdeplib/inner"
)

const prefix = "esdeplib: "

var (
	ErrClosed = errors.New(prefix + "listener closed")
	ErrFull   = fmt.Errorf("esdeplib: queue is full")
	ErrAlias  = inner.ErrGone
)

// codeError's message is its value, so a constant of it is a sentinel.
type codeError string

func (e codeError) Error() string { return string(e) }

const ErrTimeout = codeError("esdeplib: request timed out")

// prefixed adds to its value: its constant's text is not its message.
type prefixed string

func (p prefixed) Error() string { return "esdeplib: " + string(p) }

const ErrOdd = prefixed("odd value")

// Two sentinels of one message: errors.Is with one is not the same test.
var (
	ErrBusyA = errors.New("esdeplib: server busy")
	ErrBusyB = errors.New("esdeplib: server busy")
)

// Formatted: the message is not read.
var ErrCode = fmt.Errorf("esdeplib: code %d", 7)

// A message with the standard library's words.
var ErrRefused = errors.New("esdeplib: connection refused")

func Serve() error { return ErrClosed }
