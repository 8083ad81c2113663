// Package blank holds the fixtures of the "errors dropped without a reason"
// rule: positives carry a want comment, traps carry none.
package blank

import (
	"errors"
	"os"
	"strconv"
)

func pair() (int, error)             { return 0, errors.New("x") }
func triple() (int, string, error)   { return 0, "", nil }
func fails() error                   { return errors.New("x") }
func noErr() (int, bool)             { return 0, true }
func concrete() (int, *os.PathError) { return 0, nil }

// Positives.

func positives(s string) (int, error) {
	// want +2 `errcheckcb/blank: the error from blank.fails is assigned to _ without a reason, so a failure goes unnoticed; handle it, or say why in a comment on this line or the line above`

	_ = fails()
	// want +2 `the error from strconv.Atoi is assigned to _ without a reason`

	v, _ := strconv.Atoi(s)
	// want +2 `the error from blank.pair is assigned to _`

	_, _ = pair()
	// want +2 `the error from blank.fails is assigned to _`

	var _ = fails()
	// want +2 `the error from blank.pair is assigned to _`

	var _, _ = pair()
	// want +2 `the error from blank.triple is assigned to _`

	a, b, _ := triple()
	// want +2 `the error from strconv.Atoi is assigned to _`

	w, _ = strconv.Atoi(s)
	x, y := 1, fails() // no blank: not this rule
	_, _ = x, y        // not a call
	f := fails         //
	// want +2 `the error is assigned to _`

	_ = f()
	// want +2 `the error from blank.fails is assigned to _`

	_ = (fails())
	// want +2 `the error from blank.pair is assigned to _`

	if n, _ := pair(); n > 0 {
		return n, nil
	}
	_ = a + len(b) + v + w
	return 0, nil
}

var w int

// A directive is not a reason.
func directives() error {
	// want +3 `the error from blank.fails is assigned to _`

	//nolint:errcheck
	_ = fails()
	// want +3 `the error from blank.fails is assigned to _`

	//go:noinline
	_ = fails()
	return nil
}

// A trailing comment of the line above is about that line, not this one.
func trailingAbove() error {
	// want +2 `the error from blank.fails is assigned to _`
	x := 1 // one
	_ = fails()
	_ = x
	// want +3 `the error from blank.fails is assigned to _`
	/* about the next statement, which is not ours */
	x = 2
	_ = fails()
	// want +2 `the error from blank.fails is assigned to _`
	/* a block comment above does not count */
	_ = fails()
	return nil
}

// A comment two lines above is separated from the statement.
func farAbove() error {
	// want +3 `the error from blank.fails is assigned to _`
	// this comment is about something else

	_ = fails()
	return nil
}

// Where the bare call would not be reported (a function without an error
// result), discarding every result needs no reason: the blank must never be
// the worse choice. A blank that keeps another result still needs one.
func noErrorResult(s string) {
	_ = fails()
	_, _ = pair()
	// want +2 `the error from strconv.Atoi is assigned to _`

	v, _ := strconv.Atoi(s)
	_ = v
}

// Package level: the bare call cannot be written there.
var _ = fails()

// Traps: a reason is given, or nothing dropped is an error from a call.

func reasons(s string, m map[string]int, ch chan error, e any) error {
	v, _ := strconv.Atoi(s) // empty means 0
	// An invalid value means the default.
	n, _ := strconv.Atoi(s)
	// A longer reason that spans
	// two lines.
	_ = fails()
	_ = fails()   /* best effort */
	_ = fails()   //nolint:errcheck // the file may already be gone
	_, _ = pair() // nothing to do on failure
	_ = v + n
	var _ = fails()            // the demo never fails
	if k, _ := pair(); k > 0 { // zero on failure is fine
		return nil
	}
	_ = fails() // a reason on the line of a multi-line call
	_ = multi(
		1, // argument one: the comment is on the statement's lines
	)

	// Not errors from calls: map lookups, type assertions, receives,
	// variables, and calls whose blank takes something else.
	_, ok := m["x"]
	_, isErr := e.(error)
	_, open := <-ch
	_ = <-ch
	err := fails()
	_ = err
	c, _ := noErr()
	_, p := concrete()
	_ = errors.New("a constructed error is not a dropped failure")
	_, _, _, _, _ = ok, isErr, open, c, p
	return nil
}

func multi(int) error { return nil }

// A function of this package whose error is dropped at two or more call
// sites and checked at none returns an advisory error, as for the
// unchecked-results rule: discarding it needs no reason.
func notify() error { return errors.New("not delivered") }

func advisory() error {
	_ = notify()
	_ = notify()
	return nil
}
