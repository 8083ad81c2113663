//go:build !linux

package lib

import "errors"

// Tune is not supported here.
func Tune() error { return errors.New("unsupported") }
