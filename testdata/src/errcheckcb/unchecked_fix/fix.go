// Package unchecked_fix holds the suggested fixes of errcheckcb's
// "unchecked results" rule.
package unchecked_fix

import (
	"errcheckcb/unchecked/ext"
	"errors"
	"time"
)

var errFailed = errors.New("failed")

var _ = errFailed

type point struct{ x, y int }

type count int

func one() error {
	ext.MayFail() // want `MayFail is not checked`
	return nil
}

func zeros() (int, string, bool, *point, point, []int, map[string]int, count, time.Time, [2]int, error) {
	ext.Pair() // want `Pair is not checked`
	return 0, "", false, nil, point{}, nil, nil, 0, time.Time{}, [2]int{}, nil
}

func named() (n int, err error) {
	ext.MayFail() // want `MayFail is not checked`
	return 1, nil
}

func shadows() error {
	err := ext.MayFail()
	if err != nil {
		return err
	}
	ext.MayFail() // want `MayFail is not checked`
	return err
}

func generic[T any]() (T, error) {
	var zero T
	ext.MayFail() // want `MayFail is not checked`
	return zero, nil
}

func literal() func() (string, error) {
	return func() (string, error) {
		ext.MayFail() // want `MayFail is not checked`
		return "", nil
	}
}

func multiline() error {
	ext.Long(1, // want `Long is not checked`
		2,
		3)
	return nil
}

func commented() error {
	ext.MayFail() // want `MayFail is not checked`
	return nil
}

func nested(ok bool) error {
	for i := 0; i < 2; i++ {
		if ok {
			ext.MayFail() // want `MayFail is not checked`
		}
	}
	return nil
}

// No fix: go and defer statements, a statement that does not start its line.
func noFix() error {
	go ext.MayFail()                                // want `MayFail is lost in a go statement`
	defer ext.Commit()                              // want `deferred ext.Commit is not checked`
	f := func() error { ext.MayFail(); return nil } // want `MayFail is not checked`
	return f()
}
