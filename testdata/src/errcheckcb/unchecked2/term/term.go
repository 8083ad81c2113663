// Package term stands in for golang.org/x/term.
package term

// ReadPassword reads a line from the terminal without echo.
func ReadPassword(fd int) ([]byte, error) { return nil, nil }

// MakeRaw puts the terminal into raw mode.
func MakeRaw(fd int) (int, error) { return 0, nil }
