package lib

import (
	"errors"
	"sync"
)

// View is a TUI view: Write locks, appends to its lines and returns nil;
// the deferred Unlock cannot set the named result.
type View struct {
	mu    sync.Mutex
	lines []string
}

func (v *View) Write(p []byte) (n int, err error) { // want Write:"neverFails"
	v.mu.Lock()
	defer v.mu.Unlock()
	v.lines = append(v.lines, string(p))
	return len(p), nil
}

// Journal's Write returns nil, but a deferred call given the address of
// its named result may set it.
type Journal struct{ full bool }

func (j *Journal) Write(p []byte) (n int, err error) {
	defer j.check(&err)
	return len(p), nil
}

func (j *Journal) check(err *error) {
	if j.full {
		*err = errors.New("journal full")
	}
}

// Tape's Write hands the address of its result to a helper it defers
// later.
type Tape struct{ done func() }

func (t *Tape) Write(p []byte) (n int, err error) {
	ep := &err
	t.done = func() { *ep = errors.New("tape ended") }
	defer t.finish()
	return len(p), nil
}

func (t *Tape) finish() { t.done() }
