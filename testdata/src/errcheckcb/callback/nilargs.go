package callback

import (
	"errors"
	"io/fs"
	"path/filepath"
)

// Callbacks whose caller only ever passes nil for the error: nothing to
// check (traps), and callbacks whose caller passes a real error somewhere
// (positives).

type target struct{ path string }

// eachTarget yields every file under root; the walk's own errors are
// handled here, and yield is only ever given nil (as gitleaks's
// scanTargets does).
func eachTarget(root string, yield func(target, error) error) error { // want eachTarget:"nilErrArgs"
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			return nil
		}
		return yield(target{path}, nil)
	})
}

// Trap: eachTarget never passes an error.
func collectTargets(root string) ([]string, error) {
	var out []string
	err := eachTarget(root, func(t target, err error) error {
		out = append(out, t.path)
		return nil
	})
	return out, err
}

// Trap: stored in a local first, then passed.
func countTargets(root string) int {
	n := 0
	count := func(t target, err error) error {
		n += len(t.path)
		return nil
	}
	_ = eachTarget(root, count)
	return n
}

var errSkip = errors.New("skip")

// eachOrFail passes a real error on one path.
func eachOrFail(names []string, yield func(string, error) error) error {
	for _, n := range names {
		if n == "" {
			if err := yield(n, errSkip); err != nil {
				return err
			}
			continue
		}
		if err := yield(n, nil); err != nil {
			return err
		}
	}
	return nil
}

// Positive: eachOrFail does hand over an error.
func collectNames(names []string) []string {
	var out []string
	_ = eachOrFail(names, func(n string, err error) error { // want `callback parameter err is never checked`
		out = append(out, n)
		return nil
	})
	return out
}

// relay passes its callback on: what the other function gives it is
// unknown, so nothing is assumed.
func relay(names []string, yield func(string, error) error) error {
	return eachOrFail(names, yield)
}

// Positive: relay's callback escapes, its errors are not known to be nil.
func collectRelayed(names []string) []string {
	var out []string
	_ = relay(names, func(n string, err error) error { // want `callback parameter err is never checked`
		out = append(out, n)
		return nil
	})
	return out
}
