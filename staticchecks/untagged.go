//go:build !staticchecks

// Package staticchecks is built only with -tags staticchecks until go.mod
// requires golang.org/x/exp/typeparams (a dependency of honnef.co/go/tools
// that go.sum does not list yet). Then delete this file and the
// "//go:build staticchecks" lines of the others.
package staticchecks
