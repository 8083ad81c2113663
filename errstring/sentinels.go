package errstring

import (
	"go/token"
	"strings"
)

// A sentinel is one exported error of the standard library, or an error
// type of it with a constant message, or an unexported error that shares
// an exported one's message (see sentinels_table.go, written by go
// generate).
type sentinel struct {
	path  string // import path
	name  string // exported name
	value string // sentinels with the same value are the same error
}

func (s sentinel) String() string {
	pkg := s.path[strings.LastIndex(s.path, "/")+1:]
	if s.isType() {
		return "*" + pkg + "." + s.name[1:]
	}
	return pkg + "." + s.name
}

// isType reports whether s is an error type whose every value has the
// message (net/http's *MaxBytesError), named "*Type": errors.As tests it,
// and no errors.Is fix applies.
func (s sentinel) isType() bool {
	return strings.HasPrefix(s.name, "*")
}

// hidden reports whether s is an unexported error, in the table only to
// mark its message as shared (net's dial timeout says "i/o timeout").
func (s sentinel) hidden() bool {
	return !token.IsExported(strings.TrimPrefix(s.name, "*"))
}

// sentinelsOf returns the standard library's errors whose message is
// exactly msg, and the one to name (ok false when there is none, or
// several distinct errors share msg).
func (c *checker) sentinelsOf(msg string) (all []sentinel, use sentinel, ok bool) {
	all = sentinelTable[msg]
	if len(all) == 0 {
		return nil, sentinel{}, false
	}
	for _, s := range all {
		if s.value != all[0].value {
			return all, sentinel{}, false
		}
	}
	// The same error under several names: the one the file imports, else
	// the shortest import path.
	use = all[0]
	for _, s := range all {
		if name, _ := c.importName(s.path); name != "" {
			return all, s, true
		}
		if len(s.path) < len(use.path) {
			use = s
		}
	}
	return all, use, true
}

// shorter orders the names of one error: shortest import path first, then
// by path and name, so that the choice does not depend on map order.
func shorter(a, b sentinel) bool {
	if len(a.path) != len(b.path) {
		return len(a.path) < len(b.path)
	}
	return a.path+"."+a.name < b.path+"."+b.name
}

// minPart is the shortest text sentinelContaining looks up: shorter ones
// ("not found", "timeout") are part of too many messages to point at one.
const minPart = 12

// sentinelContaining returns the one error of the standard library whose
// message contains part, if there is exactly one (several names of the
// same value count once).
func sentinelContaining(part string) (sentinel, bool) {
	if len(part) < minPart {
		return sentinel{}, false
	}
	var found sentinel
	for msg, list := range sentinelTable {
		if !strings.Contains(msg, part) {
			continue
		}
		for _, s := range list {
			if found.value != "" && found.value != s.value {
				return sentinel{}, false
			}
			if found.value == "" || shorter(s, found) {
				found = s
			}
		}
	}
	return found, found.value != ""
}
