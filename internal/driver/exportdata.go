package driver

import (
	"bytes"
	"crypto/sha256"
	"go/parser"
	"go/token"
	"go/types"
	"io"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/extinctlint/extinct/internal/astutil"
	"github.com/extinctlint/extinct/internal/cache"
)

// A package that is only imported (the standard library, other modules,
// the module's packages whose results are cached) needs only its types.
// Parsing and type-checking it, even without bodies, is most of what a run
// after a one-file change costs; so, as the go command keeps export data,
// the cache keeps each package's types in the export data format, and a
// later run reads them instead.

// typesKey names a package's export data: its key, tagged.
func typesKey(k *cache.Key) cache.Key {
	return sha256.Sum256(append(k[:], "types"...))
}

// readTypes sets u's types from export data, on top of its imports'
// types, and reports whether it could: the cache's (see findTypes), else
// the go command's (see goExport), which the cache then keeps.
func (x *executor) readTypes(u *unit) (ok bool) {
	p := u.pkg
	data, fromGo := u.export, false
	u.export = nil // read once
	if data == nil && u.exportFile != "" {
		var err error
		data, err = readExportFile(u.exportFile)
		fromGo = err == nil
	}
	if data == nil {
		return false
	}
	defer func() {
		if r := recover(); r != nil { // damaged data: check the source instead
			ok = false
		}
	}()
	imports := make(map[string]*types.Package)
	var add func(d *unit)
	add = func(d *unit) {
		for _, imp := range d.imports {
			if _, seen := imports[imp.pkg.PkgPath]; !seen && imp.pkg.Types != nil {
				imports[imp.pkg.PkgPath] = imp.pkg.Types
				add(imp)
			}
		}
	}
	add(u)
	// Read copies its input: a reader of known length lets it allocate
	// the copy once instead of growing it.
	in := &io.LimitedReader{R: bytes.NewReader(data), N: int64(len(data))}
	pkg, err := gcexportdata.Read(in, x.fset, imports, p.PkgPath)
	if err != nil || pkg.Name() != p.Name {
		return false
	}
	p.Fset, p.Types, p.IllTyped = x.fset, pkg, false
	if fromGo && x.cache != nil && u.key != nil {
		x.cache.Put(typesKey(u.key), data)
	}
	return true
}

// writeTypes stores the export data of u, type-checked from source without
// errors because only its types were needed. A package analysed does not
// store them: encoding them cost a cold run a seventh of its time, most of
// it for packages that no later run needs the types of (every one, on an
// unchanged tree; a test's main and external test package, always). A
// later run that needs them checks the package's declarations once and
// stores them then.
func (x *executor) writeTypes(u *unit) {
	p := u.pkg
	if x.cache == nil || u.key == nil || p.IllTyped || p.Types == nil || p.PkgPath == "unsafe" {
		return
	}
	defer func() {
		recover() // an export failure only leaves the types uncached
	}()
	var buf bytes.Buffer
	if gcexportdata.Write(&buf, x.fset, p.Types) == nil {
		x.cache.Put(typesKey(u.key), buf.Bytes())
	}
}

// findTypes finds export data for the units that need only their types:
// in the cache, else, for those not analysed, in the go command's build
// cache (goExport). It reports whether every unit left to type-check from
// source is without cgo (few are, now that export data serves the others):
// then the listing without cgo's output serves (see listPackages), with
// the type sizes of the target.
func findTypes(c *cache.Cache, cfg *packages.Config, units []*unit) (listed bool) {
	exportData(c, cfg, units)
	sizes := types.SizesFor("gc", goarch())
	listed = sizes != nil
	for _, u := range units {
		switch {
		case u.mode == skip || u.export != nil || u.exportFile != "" || u.pkg.PkgPath == "unsafe":
		case usesCgo(u.pkg):
			listed = false
		}
	}
	if listed {
		for _, u := range units {
			u.pkg.CompiledGoFiles, u.pkg.TypesSizes = u.pkg.GoFiles, sizes
		}
	}
	return listed
}

// exportData finds export data for the units that need only their types
// and have none yet: in the cache, else in the go command's build cache.
func exportData(c *cache.Cache, cfg *packages.Config, units []*unit) {
	for _, u := range units {
		if (u.mode == typed || u.mode == factsIn) && u.key != nil && u.export == nil {
			if data, ok := c.Get(typesKey(u.key)); ok {
				u.export = data
			}
		}
	}
	goExport(cfg, units)
}

// usesCgo reports whether one of p's files imports "C" (or cannot be read:
// let go list say why).
func usesCgo(p *packages.Package) bool {
	fset := token.NewFileSet()
	for _, name := range p.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			return true
		}
		if astutil.ImportSpec(f, "C") != nil {
			return true
		}
	}
	return false
}
