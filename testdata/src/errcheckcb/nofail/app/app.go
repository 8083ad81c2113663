// Package app calls never-failing functions of its own module (not
// reported) and of a dependency (reported).
package app

import (
	"example.com/nofail/lib"
	"example.com/nofaildep"
)

func run(s *lib.Store, p lib.Putter) error {
	lib.Reset()
	lib.Count(1)
	lib.Forward()
	s.Put(1)
	lib.Platform()
	s.Sync()          // want `\(\*lib.Store\).Sync is not checked`
	p.Put(1)          // want `\(lib.Putter\).Put is not checked`
	lib.Tune()        // want `lib.Tune is not checked`
	nofaildep.Flush() // want `nofaildep.Flush is not checked`
	return nil
}
