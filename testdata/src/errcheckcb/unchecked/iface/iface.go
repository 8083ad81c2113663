// Package iface declares interfaces for the unchecked fixture: calls
// through another package's interface are reported.
package iface

// FlushWriter looks like a bufio.Writer, whose writes are excluded, but is
// not one.
type FlushWriter interface {
	Write(p []byte) (int, error)
	Flush() error
}

// Doer's implementations may never fail; calls through it are reported
// all the same.
type Doer interface{ Do() error }
