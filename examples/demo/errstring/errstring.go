// Package errstring shows errors carried as strings, matched by their
// text, and wrapped without %w.
package errstring

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// Stat wraps the error without %w: callers cannot test it with
// errors.Is(err, fs.ErrNotExist).
func Stat(path string) (os.FileInfo, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("stat %s: %v", path, err)
	}
	return fi, nil
}

// ErrNoConfig is API: callers test it with errors.Is.
var ErrNoConfig = errors.New("no config file")

func findConfig(dir string) (string, error) {
	if dir == "" {
		return "", ErrNoConfig
	}
	return dir + "/config.yml", nil
}

// IsNoConfig is how callers test for it.
func IsNoConfig(err error) bool { return errors.Is(err, ErrNoConfig) }

// LoadConfig formats ErrNoConfig with %v: callers' errors.Is(err,
// ErrNoConfig) is false on the error it returns.
func LoadConfig(dir string) (string, error) {
	path, err := findConfig(dir)
	if err != nil {
		return "", fmt.Errorf("load config: %v", err)
	}
	return path, nil
}

// ParsePort reports a bad port through a string: callers cannot tell the
// failures apart.
func ParsePort(s string) (port int, errMsg string) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err.Error()
	}
	return n, ""
}

// CountLines matches io.EOF by its text.
func CountLines(in io.Reader) (int, error) {
	r := bufio.NewReader(in)
	n := 0
	for {
		_, err := r.ReadString('\n')
		if err != nil {
			if err.Error() == "EOF" {
				return n, nil
			}
			return n, errors.New(fmt.Sprintf("line %d: %v", n+1, err))
		}
		n++
	}
}

// ErrBusy is what Release returns for a resource still in use.
var ErrBusy = errors.New("resource busy")

// Release frees one resource.
func Release(name string, inUse bool) error {
	if inUse {
		return ErrBusy
	}
	return nil
}

// ReleaseAll collects error text and makes one error of it: the test in
// RetryLater can never match.
func ReleaseAll(names []string, inUse map[string]bool) error {
	msg := ""
	for _, n := range names {
		if err := Release(n, inUse[n]); err != nil {
			msg += n + ": " + err.Error() + "; "
		}
	}
	if msg != "" {
		return errors.New(msg)
	}
	return nil
}

// RetryLater reports whether a resource was busy.
func RetryLater(names []string, inUse map[string]bool) bool {
	return errors.Is(ReleaseAll(names, inUse), ErrBusy)
}
