package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/extinctlint/extinct/internal/cache"
)

// A warm run on unchanged code is mostly go list: listing x/tools' 550
// packages costs more than everything else the run does. So the listing
// (the cheaper one, without cgo's output) is kept in the cache beside the
// state of every file and directory it can depend on, and reused while that
// state is unchanged (see listingState).

// listingEntry is a stored listing: the packages, imports by index, and
// the file system state it was read from.
type listingEntry struct {
	Packages []listedPackage
	Modules  []*packages.Module
	Roots    []int // indexes into Packages, in go list's order
	State    listingState
}

// listedPackage is what listPackages asks go list for, of one package.
type listedPackage struct {
	ID, Name, PkgPath                 string
	GoFiles, OtherFiles, IgnoredFiles []string
	Imports                           map[string]int // import path → index into Packages
	Module                            int            // index into Modules, or -1
}

// listingKey names the listing of the patterns as the go command would
// list them here: the directory, the options, the go command and C
// compiler found on PATH, and the environment and go env file they read.
// What the file system says is checked against the entry (listingState).
func listingKey(cfg *packages.Config, patterns []string) (cache.Key, error) {
	dir, err := os.Getwd()
	if err != nil {
		return cache.Key{}, err
	}
	h := sha256.New()
	field := func(format string, args ...any) { fmt.Fprintf(h, format+"\x00", args...) }
	field("extinct listing 1")
	field("dir %q tests=%v flags=%q patterns=%q", dir, cfg.Tests, cfg.BuildFlags, patterns)
	toolchainEnv(h)
	cc := "gcc" // cgo is on by default only where a C compiler is found
	if f := strings.Fields(os.Getenv("CC")); len(f) > 0 {
		cc = f[0]
	}
	for _, tool := range []string{"go", cc} {
		field("%s %s", tool, commandIdentity(tool))
	}
	var k cache.Key
	h.Sum(k[:0])
	return k, nil
}

// commandIdentity is the path the command resolves to on PATH, with its
// size and modification time: a new toolchain installed there changes it.
func commandIdentity(name string) string {
	path, err := exec.LookPath(name)
	if err != nil {
		return "missing"
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	fi, err := os.Stat(path)
	if err != nil {
		return "missing"
	}
	return fmt.Sprintf("%q %d %d", path, fi.Size(), fi.ModTime().UnixNano())
}

// listCached returns the listing of the patterns from the cache when the
// files it depends on are unchanged; else it runs go list and stores the
// result when it can be reused safely.
func listCached(c *cache.Cache, cfg *packages.Config, patterns []string, sums fileSums) ([]*packages.Package, bool, error) {
	var key cache.Key
	var keyErr error
	if c != nil {
		key, keyErr = listingKey(cfg, patterns)
	}
	kept := c != nil && keyErr == nil
	if data, ok := c.Get(key); ok && kept {
		var e listingEntry
		if gob.NewDecoder(bytes.NewReader(data)).Decode(&e) == nil && e.State.unchanged(sums) {
			return e.packages(), true, nil
		}
	}
	start := time.Now()
	roots, err := listPackages(cfg, patterns, false)
	if err != nil || !kept {
		return roots, false, err
	}
	if e, ok := newListingEntry(roots, start, sums); ok {
		var buf bytes.Buffer
		if gob.NewEncoder(&buf).Encode(e) == nil {
			c.Put(key, buf.Bytes())
		}
	}
	return roots, false, nil
}

// newListingEntry records the listing and the state it depends on, or
// reports false when it must not be reused: a package with an error (it
// may come from the network or from a file outside the state), or files
// whose state cannot be recorded.
func newListingEntry(roots []*packages.Package, start time.Time, sums fileSums) (*listingEntry, bool) {
	e := &listingEntry{}
	index := make(map[*packages.Package]int)
	modules := make(map[*packages.Module]int)
	var all []*packages.Package
	packages.Visit(roots, nil, func(p *packages.Package) {
		index[p] = len(all)
		all = append(all, p)
	})
	for _, p := range all {
		if len(p.Errors) > 0 {
			return nil, false
		}
		lp := listedPackage{ID: p.ID, Name: p.Name, PkgPath: p.PkgPath, GoFiles: p.GoFiles,
			OtherFiles: p.OtherFiles, IgnoredFiles: p.IgnoredFiles, Imports: make(map[string]int, len(p.Imports)), Module: -1}
		for path, imp := range p.Imports {
			lp.Imports[path] = index[imp]
		}
		if m := p.Module; m != nil {
			i, ok := modules[m]
			if !ok {
				i = len(e.Modules)
				modules[m] = i
				e.Modules = append(e.Modules, m)
			}
			lp.Module = i
		}
		e.Packages = append(e.Packages, lp)
	}
	for _, p := range roots {
		e.Roots = append(e.Roots, index[p])
	}
	state, ok := recordState(all, start, sums)
	e.State = state
	return e, ok
}

// packages rebuilds the listing's graph and returns its roots.
func (e *listingEntry) packages() []*packages.Package {
	all := make([]*packages.Package, len(e.Packages))
	for i := range e.Packages {
		all[i] = &packages.Package{}
	}
	for i, lp := range e.Packages {
		p := all[i]
		p.ID, p.Name, p.PkgPath = lp.ID, lp.Name, lp.PkgPath
		p.GoFiles, p.OtherFiles, p.IgnoredFiles = lp.GoFiles, lp.OtherFiles, lp.IgnoredFiles
		p.Imports = make(map[string]*packages.Package, len(lp.Imports))
		for path, j := range lp.Imports {
			p.Imports[path] = all[j]
		}
		if lp.Module >= 0 {
			p.Module = e.Modules[lp.Module]
		}
	}
	roots := make([]*packages.Package, len(e.Roots))
	for i, j := range e.Roots {
		roots[i] = all[j]
	}
	return roots
}
