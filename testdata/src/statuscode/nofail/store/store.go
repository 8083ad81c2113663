// Package store is the cache of the nofail fixture module: Reset never
// fails (every return gives a literal nil), Flush may.
package store

import "errors"

// Cache is an in-memory cache.
type Cache struct{ entries map[string][]byte }

// Reset drops every entry; it never fails.
func (c *Cache) Reset() error {
	c.entries = make(map[string][]byte)
	return nil
}

// Clear forwards Reset: it never fails either.
func Clear(c *Cache) error { return c.Reset() }

// Flush may fail.
func (c *Cache) Flush() error {
	if len(c.entries) == 0 {
		return errors.New("nothing to flush")
	}
	return nil
}

// Resetter is what Cache's Reset looks like through an interface.
type Resetter interface{ Reset() error }
