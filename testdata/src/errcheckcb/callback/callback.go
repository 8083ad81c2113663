// Package callback holds the fixtures of the "callback error parameters
// never checked" rule: positives carry a want comment, traps carry none.
package callback

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Positives: walk callbacks.

func walkInfoFirst(root string) error {
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `errcheckcb/callback: callback parameter err is checked only after info.IsDir\(\): filepath.Walk passes a nil info when err != nil \(an Lstat failed\), so info.IsDir\(\) panics first; check err first`
		if info.IsDir() {
			return nil
		}
		if err != nil {
			return err
		}
		return nil
	})
}

func walkNeverChecked(root string) []string {
	var names []string
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `callback parameter err is never checked: filepath.Walk passes a nil info when err != nil \(an Lstat failed\), so info.Name\(\) panics; check err first`
		names = append(names, info.Name())
		return nil
	}))
	return names
}

func walkDirNeverChecked(root string) {
	must(filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error { // want `callback parameter err is never checked: filepath.WalkDir passes a nil DirEntry when err != nil for the root, so d.IsDir\(\) panics; check err first`
		if d.IsDir() {
			return filepath.SkipDir
		}
		return nil
	}))
}

func fsWalkDirBlank(fsys fs.FS) {
	must(fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, _ error) error { // want `callback ignores its error parameter but uses d: fs.WalkDir passes a nil DirEntry when err != nil for the root, so d.Name\(\) panics; name the error parameter and check it first`
		println(d.Name())
		return nil
	}))
}

func walkUnnamed(root string) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, _ error) error { // want `callback ignores its error parameter but uses info: filepath.Walk passes a nil info`
		if info.Mode().IsRegular() {
			println(path)
		}
		return nil
	}))
}

func walkOverwritten(root string) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `callback parameter err is overwritten before it is read, so the error it reports is silently dropped; check it before reusing the name`
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		println(rel)
		return nil
	}))
}

func walkPathOnly(root string) (n int) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `callback parameter err is never checked, so the errors filepath.Walk reports through it are silently dropped; handle it, or name it _ if ignoring it is deliberate`
		if strings.HasSuffix(path, ".go") {
			n++
		}
		return nil
	}))
	return n
}

// A declared function used as a value is a callback too.
func visit(path string, info os.FileInfo, err error) error { // want `callback parameter err is checked only after info.IsDir\(\): filepath.Walk passes a nil info`
	if info.IsDir() || err != nil {
		return err
	}
	return nil
}

func walkNamed(root string) error { return filepath.Walk(root, visit) }

type walker struct{ n int }

func (w *walker) visit(path string, d fs.DirEntry, err error) error { // want `callback parameter err is never checked: filepath.WalkDir passes a nil DirEntry`
	if !d.IsDir() {
		w.n++
	}
	return nil
}

func walkMethod(root string) error {
	w := &walker{}
	return filepath.WalkDir(root, w.visit)
}

// A wrapper that takes a filepath.WalkFunc makes the same promise.
func myWalk(root string, fn filepath.WalkFunc) error { return filepath.Walk(root, fn) }

func walkWrapper(root string) {
	must(myWalk(root, func(path string, info os.FileInfo, err error) error { // want `callback parameter err is checked only after info.Size\(\): callback.myWalk passes a nil info`
		if info.Size() == 0 && err == nil {
			return nil
		}
		return err
	}))
}

// Positives: other callbacks.

func onResult(f func(data []byte, err error)) {}

func resultIgnored() {
	onResult(func(data []byte, err error) { // want `callback parameter err is never checked, so the errors callback.onResult reports through it are silently dropped`
		println(len(data))
	})
	var handler func(name string, err error)
	handler = func(name string, err error) { // want `callback parameter err is never checked, so the error it reports is silently dropped; handle it, or name it _ if ignoring it is deliberate`
		println(name, "failed")
	}
	_ = handler
}

// A check that logs and carries on still reaches the nil info.
func walkLogsAndCarriesOn(root string) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `callback parameter err is checked, but the check carries on to info.IsDir\(\): filepath.Walk passes a nil info when err != nil \(an Lstat failed\), so info.IsDir\(\) panics; return or skip when err != nil`
		if err != nil {
			println("walk:", err.Error())
		}
		if info.IsDir() {
			return nil
		}
		return nil
	}))
}

// A callback stored in a variable first, then passed.
func walkVar(root string) error {
	walkFn := func(path string, info os.FileInfo, err error) error { // want `callback parameter err is checked only after info.IsDir\(\): filepath.Walk passes a nil info`
		if info.IsDir() {
			return nil
		}
		return err
	}
	return filepath.Walk(root, walkFn)
}

// Positives: a use that runs only when the error is set, where the info
// is the one value the walk may leave nil.

func walkSkipFailedDir(root string) error {
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `callback uses info.IsDir\(\) only when err != nil: filepath.Walk passes a nil info when err != nil \(an Lstat failed\), so info.IsDir\(\) panics; do not use info when err != nil`
		if err != nil && info.IsDir() {
			return filepath.SkipDir
		}
		return err
	})
}

func walkReportFailed(root string) error {
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error { // want `callback uses info.Name\(\) only when err != nil`
		if strings.HasPrefix(path, ".") && err != nil {
			return errors.New(info.Name() + ": " + err.Error())
		}
		return nil
	})
}
