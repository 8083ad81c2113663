// Package blank holds the fixtures of the "errors dropped without a reason"
// rule: positives carry a want comment, traps carry none.
package blank

import (
	"errors"
	"os"
	"strconv"
)

func Pair() (int, error)             { return 0, errors.New("x") }
func triple() (int, string, error)   { return 0, "", nil }
func Fails() error                   { return errors.New("x") }
func fails() error                   { return errors.New("x") }
func noErr() (int, bool)             { return 0, true }
func concrete() (int, *os.PathError) { return 0, nil }

// Positives.

func positives(s string) (int, error) {
	// want +2 `errcheckcb/blank: the error from blank.Fails is assigned to _ without a reason, so a failure goes unnoticed; handle it, or say why in a comment on this line or the line above`

	_ = Fails()
	// want +2 `the error from strconv.Atoi is assigned to _ without a reason`

	v, _ := strconv.Atoi(s)
	// want +2 `the error from blank.Pair is assigned to _`

	_, _ = Pair()
	// want +2 `the error from blank.Fails is assigned to _`

	var _ = Fails()
	// want +2 `the error from blank.Pair is assigned to _`

	var _, _ = Pair()
	// want +2 `the error from blank.triple is assigned to _`

	a, b, _ := triple()
	// want +2 `the error from strconv.Atoi is assigned to _`

	w, _ = strconv.Atoi(s)
	x, y := 1, Fails() // no blank: not this rule
	_, _ = x, y        // not a call
	f := Fails         //
	_ = f()            // a func value of the package: the bare f() is not reported either
	_ = fails()        // an unexported function of the package: likewise
	// want +2 `the error from blank.Fails is assigned to _`

	_ = (Fails())
	// want +2 `the error from blank.Pair is assigned to _`

	if n, _ := Pair(); n > 0 {
		return n, nil
	}
	_ = a + len(b) + v + w
	return 0, nil
}

var w int

// A directive is not a reason.
func directives() error {
	// want +3 `the error from blank.Fails is assigned to _`

	//nolint:errcheck
	_ = Fails()
	// want +3 `the error from blank.Fails is assigned to _`

	//go:noinline
	_ = Fails()
	return nil
}

// A trailing comment of the line above is about that line, not this one.
func trailingAbove() error {
	// want +2 `the error from blank.Fails is assigned to _`
	x := 1 // one
	_ = Fails()
	_ = x
	// want +3 `the error from blank.Fails is assigned to _`
	/* about the next statement, which is not ours */
	x = 2
	_ = Fails()
	// want +2 `the error from blank.Fails is assigned to _`
	/* a block comment above does not count */
	_ = Fails()
	return nil
}

// A comment two lines above is separated from the statement.
func farAbove() error {
	// want +3 `the error from blank.Fails is assigned to _`
	// this comment is about something else

	_ = Fails()
	return nil
}

// Where the bare call would not be reported (a function without an error
// result), discarding every result needs no reason: the blank must never be
// the worse choice. A blank that keeps another result still needs one.
func noErrorResult(s string) {
	// want +2 `assigned to _`

	_ = Fails()
	// want +2 `assigned to _`

	_, _ = Pair()
	// want +2 `the error from strconv.Atoi is assigned to _`

	v, _ := strconv.Atoi(s)
	_ = v
}

// Package level: the bare call cannot be written there.
var _ = Fails()

// Traps: a reason is given, or nothing dropped is an error from a call.

func reasons(s string, m map[string]int, ch chan error, e any) error {
	v, _ := strconv.Atoi(s) // empty means 0
	// An invalid value means the default.
	n, _ := strconv.Atoi(s)
	// A longer reason that spans
	// two lines.
	_ = Fails()
	_ = Fails()   /* best effort */
	_ = Fails()   //nolint:errcheck // the file may already be gone
	_, _ = Pair() // nothing to do on failure
	_ = v + n
	var _ = Fails()            // the demo never fails
	if k, _ := Pair(); k > 0 { // zero on failure is fine
		return nil
	}
	_ = Fails() // a reason on the line of a multi-line call
	_ = multi(
		1, // argument one: the comment is on the statement's lines
	)

	// Not errors from calls: map lookups, type assertions, receives,
	// variables, and calls whose blank takes something else.
	_, ok := m["x"]
	_, isErr := e.(error)
	_, open := <-ch
	_ = <-ch
	err := Fails()
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
	// want +2 `assigned to _`

	_ = notify()
	// want +2 `assigned to _`

	_ = notify()
	return nil
}
