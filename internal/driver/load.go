package driver

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"

	"golang.org/x/tools/go/packages"
)

// listPackages runs go list for the import graph of the packages the
// patterns name, without parsing or type-checking anything: the executor
// type-checks what the cache cannot answer (see plan). The packages named,
// and the other packages of the main module they import, are parsed,
// type-checked and analysed in full; all other dependencies (the standard
// library, other modules) are type-checked from source without function
// bodies, as go/packages does when it needs no dependency syntax. That is
// several times faster than checking them in full and needs no compiled
// export data. No analyzer runs on them: facts flow only between the
// packages analysed.
//
// Without compiled, go list does not run cgo, which costs it a third more
// on a warm run; the files to type-check, some imports and the type sizes
// are then missing, and compiledUnits lists them when something is to be
// type-checked.
func listPackages(cfg *packages.Config, patterns []string, compiled bool) ([]*packages.Package, error) {
	cfg.Mode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule
	if compiled {
		cfg.Mode |= packages.NeedCompiledGoFiles | packages.NeedTypesSizes
	}
	return packages.Load(cfg, patterns...)
}

// compiledUnits lists the packages again with cgo's output: the files to
// type-check (CompiledGoFiles), the imports that cgo adds (runtime/cgo),
// the type sizes and any error that running cgo gives. It returns the
// units of that graph, with the keys, entries and modes of the first.
func compiledUnits(cfg *packages.Config, patterns []string, first []*unit) ([]*packages.Package, []*unit, error) {
	roots, err := listPackages(cfg, patterns, true)
	if err != nil {
		return nil, nil, err
	}
	units := newUnits(roots)
	byID := make(map[string]*unit, len(first))
	for _, u := range first {
		byID[u.pkg.ID] = u
	}
	for _, u := range units {
		if f := byID[u.pkg.ID]; f != nil {
			u.key, u.entry, u.mode, u.export, u.exportFile = f.key, f.entry, f.mode, f.export, f.exportFile
		}
	}
	typeClosure(units)
	return roots, units, nil
}

// loadSource loads and type-checks every package in full, as the checker
// does by default: EXTINCT_DEPS=source, which analyses every dependency
// too, uncached.
func loadSource(cfg *packages.Config, patterns []string) ([]*packages.Package, error) {
	cfg.Mode = packages.LoadAllSyntax | packages.NeedModule
	return packages.Load(cfg, patterns...)
}

// TypeCheck parses and type-checks p, whose imports are checked already:
// in full (with comments, bodies and type information) if it is to be
// analysed, else its declarations only.
func TypeCheck(fset *token.FileSet, p *packages.Package, full bool) {
	p.Fset = fset
	if p.PkgPath == "unsafe" {
		p.Types = types.Unsafe
		if full { // analysers expect type information, if empty (ctrlflow dereferences it)
			p.TypesInfo = newInfo()
		}
		return
	}
	mode := parser.SkipObjectResolution
	if full {
		mode |= parser.ParseComments
	}
	var files []*ast.File
	for _, name := range p.CompiledGoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			p.Errors = append(p.Errors, packages.Error{Pos: name, Msg: err.Error(), Kind: packages.ParseError})
			continue
		}
		f, err := parser.ParseFile(fset, name, src, mode)
		if err != nil {
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
				}
			} else {
				p.Errors = append(p.Errors, packages.Error{Pos: name, Msg: err.Error(), Kind: packages.ParseError})
			}
		}
		if f != nil {
			files = append(files, f)
		}
	}
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			imp, ok := p.Imports[path]
			switch {
			case !ok:
				return nil, errors.New("import cycle or package not found") // go list said which
			case imp.Types == nil:
				return nil, errors.New("it could not be type-checked")
			}
			return imp.Types, nil
		}),
		IgnoreFuncBodies: !full,
		Sizes:            p.TypesSizes,
		Error: func(err error) {
			if e, ok := err.(types.Error); ok {
				p.Errors = append(p.Errors, packages.Error{Pos: fset.Position(e.Pos).String(), Msg: e.Msg, Kind: packages.TypeError})
			}
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	var info *types.Info
	if full {
		info = newInfo()
		p.Syntax, p.TypesInfo = files, info
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	_ = types.NewChecker(tc, fset, p.Types, info).Files(files) // errors are in p.Errors
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		p.IllTyped = p.IllTyped || imp.IllTyped
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// newInfo returns the type information an analysed package records.
func newInfo() *types.Info {
	return &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
}
