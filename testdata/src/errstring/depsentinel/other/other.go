// Package other does not import esdeplib: the same text is no sentinel's
// here (a server's words, say).
package other

import (
	"errors"
	"strings"
)

func matches(err error) bool {
	return err.Error() == "esdeplib: listener closed" || strings.Contains(err.Error(), "listener closed")
}

var _ = errors.New
