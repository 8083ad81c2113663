package sa1032

import (
	"errors"
	"io"
	"os"
)

func swapped(err error) bool {
	return errors.Is(io.EOF, err) // want `SA1032: arguments have the wrong order`
}

func swappedOS(err error) bool {
	return errors.Is(os.ErrNotExist, err) // want `SA1032: arguments have the wrong order`
}

// Traps: the right order, and two values compared.

func right(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, os.ErrNotExist)
}

func bothValues(a, b error) bool {
	return errors.Is(a, b)
}
