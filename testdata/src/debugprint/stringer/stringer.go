// Package stringer: only a call of fmt.Stringer's String() string renders
// a value as prepared text; another method or a field named String reads a
// value, and printing it alone is a dump.
package stringer

import (
	"fmt"
	"time"
)

type Blob []byte

// String returns bytes: Blob is no fmt.Stringer.
func (b Blob) String() []byte { return b }

type Text string

type Name struct{ first, last string }

// String returns a named string type: Name is no fmt.Stringer.
func (n Name) String() Text { return Text(n.first + " " + n.last) }

type Hooks struct {
	String func() string // a field of function type, no method
}

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Timed struct{ time.Duration } // String promoted from time.Duration

func dumps(b Blob, n Name, h Hooks) {
	fmt.Println(b.String()) // want `\(bare values\)`
	fmt.Println(n.String()) // want `\(bare values\)`
	fmt.Println(h.String()) // want `\(bare values\)`
}

// Stringers render their value for printing: prepared text, not reported.
func Rendered(l Level, s fmt.Stringer, t Timed, p *Level) {
	fmt.Println(l.String())
	fmt.Println(s.String())
	fmt.Println(t.String())
	fmt.Println(p.String())
}
