package unchecked2

import (
	"errors"
	"time"
)

// Root is refreshed from a store that may fail.
type Root struct {
	names   []string
	checked time.Time
}

func loadNames() ([]string, error) { return nil, errors.New("store down") }

// refresh fills root: on failure root keeps stale names.
func refresh(root *Root) error {
	names, err := loadNames()
	if err != nil {
		return err
	}
	root.names = names
	root.checked = time.Now()
	return nil
}

// ping only looks: the package's own plumbing, left alone.
func ping(root *Root) error {
	if root.names == nil {
		return errors.New("empty")
	}
	return nil
}

type dir struct{ root *Root }

// The directory lists what refresh filled, dropping its failure at every
// call site: the stale list is used as if fresh. Reported at each, though
// refresh is this package's own and never checked.
func (d *dir) list() ([]string, error) {
	refresh(d.root) // want `error returned by refresh is not checked`
	return d.root.names, nil
}

func (d *dir) lookup(name string) (bool, error) {
	refresh(d.root) // want `error returned by refresh is not checked`
	for _, n := range d.root.names {
		if n == name {
			return true, nil
		}
	}
	return false, nil
}

// Not used after the call: nothing stale is read here.
func (d *dir) touch() error {
	refresh(d.root)
	return nil
}

func (d *dir) check() error {
	ping(d.root)
	return nil
}
