// Package unchecked_fix holds the suggested fixes of errcheckcb's
// "unchecked results" rule.
package unchecked_fix

import (
	"errors"
	"time"
)

var errFailed = errors.New("failed")

func mayFail() error { return errFailed }

func pair() (int, error) { return 0, errFailed }

func long(a, b, c int) error { return errFailed }

// Commit is deferred below.
func Commit() error { return errFailed }

type point struct{ x, y int }

type count int

func one() error {
	mayFail() // want `mayFail is not checked`
	return nil
}

func zeros() (int, string, bool, *point, point, []int, map[string]int, count, time.Time, [2]int, error) {
	pair() // want `pair is not checked`
	return 0, "", false, nil, point{}, nil, nil, 0, time.Time{}, [2]int{}, nil
}

func named() (n int, err error) {
	mayFail() // want `mayFail is not checked`
	return 1, nil
}

func shadows() error {
	err := mayFail()
	if err != nil {
		return err
	}
	mayFail() // want `mayFail is not checked`
	return err
}

func generic[T any]() (T, error) {
	var zero T
	mayFail() // want `mayFail is not checked`
	return zero, nil
}

func literal() func() (string, error) {
	return func() (string, error) {
		mayFail() // want `mayFail is not checked`
		return "", nil
	}
}

func multiline() error {
	long(1, // want `long is not checked`
		2,
		3)
	return nil
}

func commented() error {
	mayFail() // want `mayFail is not checked`
	return nil
}

func nested(ok bool) error {
	for i := 0; i < 2; i++ {
		if ok {
			mayFail() // want `mayFail is not checked`
		}
	}
	return nil
}

// No fix: go and defer statements, a statement that does not start its line.
func noFix() error {
	go mayFail()                                // want `mayFail is lost in a go statement`
	defer Commit()                              // want `deferred Commit is not checked`
	f := func() error { mayFail(); return nil } // want `mayFail is not checked`
	return f()
}
