package callback

import (
	"errors"
	"io/fs"
	"log"
	"os"
	"path/filepath"
)

// Traps: the error is checked first, deliberately ignored, or the
// callback never touches what a failure leaves nil.

func walkChecksFirst(root string) error {
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() {
			return nil
		}
		return nil
	})
}

func walkNilGuard(root string) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if info == nil {
			return err
		}
		println(info.Name())
		return nil
	}))
}

func walkErrInCondition(root string) {
	must(filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			return nil
		}
		return err
	}))
}

func walkBlankNoUse(root string) (paths []string) {
	// The error is named _ and nothing a failure leaves nil is used.
	must(filepath.Walk(root, func(path string, info os.FileInfo, _ error) error {
		paths = append(paths, path)
		return nil
	}))
	must(filepath.WalkDir(root, func(path string, _ fs.DirEntry, _ error) error {
		paths = append(paths, path)
		return nil
	}))
	return paths
}

func walkReassignAfterCheck(root string) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, path)
		println(rel, info.Name())
		return err
	}))
}

func walkWrapsErr(root string) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		err = wrap(err)
		if err != nil {
			return err
		}
		return nil
	}))
}

func walkConditionalOverwrite(root string, strict bool) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if strict {
			err = errors.New("strict")
		}
		return err
	}))
}

func walkHandles(root string) {
	must(filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		return handle(path, d, err)
	}))
}

// A closure that runs later may use d: when it runs is unknown.
func walkClosure(root string) {
	var later []func()
	must(filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		later = append(later, func() { println(d.Name()) })
		return err
	}))
}

func wrap(err error) error                               { return err }
func handle(path string, d fs.DirEntry, err error) error { return err }

// Error handlers that log, or pass the error on, read it.
func handlers() {
	onError(func(err error) { log.Println("request failed:", err) })
	onError(func(err error) { panic(err) })
	onResult(func(data []byte, err error) {
		if err != nil {
			return
		}
		println(len(data))
	})
}

func onError(func(error)) {}

// A callback that reads none of its parameters observes that something
// happened (a disconnect, a finished handshake): not a dropped error.
func observers(done chan bool) {
	onError(func(err error) { done <- true })
	onResult(func(data []byte, err error) { println("result") })
}

// Explicit ignores: the parameter is _ or unnamed, or the body is empty or
// only returns.
func explicit() {
	onError(func(_ error) { println("failed") })
	onError(func(error) { println("failed") })
	onError(func(err error) {})
	must(filepath.Walk(".", func(path string, info os.FileInfo, err error) error { return nil }))
	onResult(func(data []byte, _ error) { println(len(data)) })
}

// A callback that looks at one of two errors chose which one matters.
func onPair(func(clientErr, serverErr error)) {}

func pairOfErrors() {
	onPair(func(clientErr, serverErr error) {
		if serverErr != nil {
			println(serverErr.Error())
		}
	})
}

// Declared functions that are only called are not callbacks.
func notACallback(path string, err error) {
	println(path)
}

func caller() { notACallback("x", nil) }

// Named error types are not the error interface: not this rule.
type myErr struct{}

func (myErr) Error() string { return "" }

func onTyped(func(e *myErr)) {}

func typed() { onTyped(func(e *myErr) { println("x") }) }

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// Checks that may leave before the nil-able parameter is used.
func walkLogsAndLeaves(root string) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			log.Printf("walk %s: %v", path, err)
			return nil
		}
		return visitInfo(info.Name())
	}))
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			log.Fatal(err)
		}
		return visitInfo(info.Name())
	}))
}

func visitInfo(string) error { return nil }

// Testing for the failure through the nil info is a deliberate choice.
func walkSkipsFailures(root string) (n int) {
	must(filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if info == nil {
			return nil
		}
		n += int(info.Size())
		return nil
	}))
	return n
}

// The use of info runs only when err is nil: the right operand of an &&
// after err == nil, the body of such an if, the else of if err != nil.
func walkNilErrGuards(root string, files *[]string) error {
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			*files = append(*files, path)
		}
		if err == nil {
			log.Print(info.Size())
		}
		if err != nil {
			log.Print(err)
		} else {
			log.Print(info.Mode())
		}
		return err
	})
}

// Traps: the use under err != nil is guarded by a nil test, or reads the
// path, or runs only when the error is nil.

func walkErrAndNilGuard(root string) error {
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil && info != nil && info.IsDir() {
			return filepath.SkipDir
		}
		return err
	})
}

func walkErrUsesPath(root string) error {
	return filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			log.Printf("skipping %s: %v", path, err)
			return nil
		}
		if err == nil && info.IsDir() {
			return nil
		}
		return nil
	})
}
