package driver

import (
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/extinctlint/extinct/internal/cache"
)

// A unit is one package of the go list graph and what this run does with it.
type unit struct {
	pkg        *packages.Package
	root       bool             // named on the command line: its findings are reported
	analysed   bool             // named, or another package of the main module
	imports    map[string]*unit // every import, by import path
	deps       []*unit          // the analysed imports, along which facts flow
	key        *cache.Key       // nil: not cacheable
	entry      *entry           // the cache's entry, if it has one that serves
	export     []byte           // its types from the cache (export data), when only they are needed
	exportFile string           // else the go command's export data of them (see goExport)
	fromSource bool             // only its types were needed, and they came from its source
	mode       mode
	typed      chan struct{} // closed when its types (and cached facts) are set
	done       chan struct{} // closed when the work of its mode, and of its imports', is done

	// What analysing it (or reading its cached facts) produced.
	facts    map[*analysis.Analyzer]*factSet // the facts its dependents see
	findings []finding                       // of a root, for the analyzers selected
	failed   map[*analysis.Analyzer]error    // the analyzers that failed on it
}

// A mode is what a run does with a unit, from least to most work.
type mode int

const (
	skip     mode = iota // nothing: its results come from the cache or are not needed
	typed                // type-checked without bodies: a package analysed imports it
	factsIn              // type-checked without bodies, its facts read from the cache
	analysed             // parsed, type-checked in full and analysed
)

// An entry is what the cache holds for an analysed package.
type entry struct {
	Full     bool      // every analyzer selected ran, not only those with facts
	Findings []finding // when Full, in report order
	Facts    []byte    // gob of []encodedFact, decoded only when a dependent needs them
}

// newUnits makes a unit of every package in the graph, imports first, and
// marks the roots and the packages analysed: the roots, and the other
// packages of the main module (whose facts, such as errcheckcb's
// never-fails, are module-scoped) that the roots reach through analysed
// packages.
func newUnits(roots []*packages.Package) []*unit {
	var units []*unit
	byPkg := make(map[*packages.Package]*unit)
	packages.Visit(roots, nil, func(p *packages.Package) {
		u := &unit{pkg: p, imports: make(map[string]*unit, len(p.Imports)), typed: make(chan struct{}), done: make(chan struct{})}
		for path, imp := range p.Imports {
			u.imports[path] = byPkg[imp]
		}
		byPkg[p] = u
		units = append(units, u)
	})
	var mark func(u *unit)
	mark = func(u *unit) {
		if u.analysed {
			return
		}
		u.analysed = true
		for _, imp := range u.imports {
			if m := imp.pkg.Module; m != nil && m.Main {
				mark(imp)
			}
		}
	}
	for _, p := range roots {
		byPkg[p].root = true
		mark(byPkg[p])
	}
	for _, u := range units {
		for _, imp := range u.imports {
			if imp.analysed {
				u.deps = append(u.deps, imp)
			}
		}
		slices.SortFunc(u.deps, func(a, b *unit) int { return strings.Compare(a.pkg.ID, b.pkg.ID) })
	}
	return units
}

// plan looks the roots up in the cache and sets every unit's mode: a root
// without a full entry is analysed; so is each analysed package it depends
// on that has no entry, when facts flow (withFacts), and the others give
// their facts from the cache; everything they import is type-checked.
// It returns the number of units whose entries served.
func plan(c *cache.Cache, units []*unit, withFacts bool) (hits int) {
	lookup := func(u *unit, full bool) bool {
		if u.entry == nil && u.key != nil {
			if data, ok := c.Get(*u.key); ok {
				e := new(entry)
				if gobDecode(data, e) == nil {
					u.entry = e
				}
			}
		}
		return u.entry != nil && (u.entry.Full || !full)
	}
	var need func(u *unit)
	need = func(u *unit) {
		for _, d := range u.deps {
			if d.mode >= factsIn {
				continue
			}
			if lookup(d, d.root) {
				d.mode = factsIn
			} else {
				d.mode = analysed
			}
			need(d)
		}
	}
	for _, u := range units {
		if !u.root {
			continue
		}
		if lookup(u, true) {
			hits++
			continue
		}
		u.mode = analysed
		if withFacts {
			need(u)
		}
	}
	typeClosure(units)
	for _, u := range units {
		if u.mode == factsIn && !u.root {
			hits++
		}
	}
	return hits
}

// typeClosure marks what the units to be type-checked import, directly or
// not, to be type-checked too.
func typeClosure(units []*unit) {
	for i := len(units) - 1; i >= 0; i-- { // importers before their imports
		if u := units[i]; u.mode >= typed {
			for _, imp := range u.imports {
				imp.mode = max(imp.mode, typed)
			}
		}
	}
}
