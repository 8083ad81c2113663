// Package inner declares a sentinel that the outer package exports again.
package inner

import "errors"

var ErrGone = errors.New("esdeplib: resource is gone")
