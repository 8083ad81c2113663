package fixtest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Run is analysistest.Run as extinct's driver sees a package: the fixture
// packages under dir/src (or in dir, a module) are parsed and type-checked in full and analysed,
// facts flowing between them; every other dependency (the standard library)
// is type-checked from source without function bodies, once per test
// binary, and not analysed. analysistest.Run loads and analyses the whole
// standard library a fixture imports on every call, which made the
// analyzers' tests most of `go test -short`. The // want comments are
// checked as analysistest checks them (see want.go).
func Run(t analysistest.Testing, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	loadMu.Lock()
	defer loadMu.Unlock()
	roots, err := load(dir, patterns)
	if err != nil {
		t.Errorf("loading %s: %v", patterns, err)
		return nil
	}
	if tb, ok := t.(interface{ Log(...any) }); ok && !a.RunDespiteErrors {
		packages.Visit(roots, nil, func(p *packages.Package) {
			for _, err := range p.Errors {
				tb.Log(err)
			}
		})
	}
	res, err := checker.Analyze([]*analysis.Analyzer{a}, roots, &checker.Options{SanityCheck: true})
	if err != nil {
		t.Errorf("Analyze: %v", err)
		return nil
	}
	var results []*analysistest.Result
	for _, act := range res.Roots {
		if act.Err != nil {
			t.Errorf("error analyzing %s: %v", act, act.Err)
		} else {
			checkWants(t, dir, act)
		}
		results = append(results, &analysistest.Result{
			Action: act, Diagnostics: act.Diagnostics, Result: act.Result, Err: act.Err,
		})
	}
	return results
}

var (
	loadMu sync.Mutex // one load at a time: the fileset and the dependencies are shared
	fset   = token.NewFileSet()
	shared = make(map[string]*packages.Package) // dependencies outside the fixtures, by ID
)

// load lists the packages the patterns name in dir's GOPATH tree, as
// analysistest does, and type-checks them. The result's import graph holds
// only fixture packages, so the checker analyses nothing else.
func load(dir string, patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	src := filepath.Join(dir, "src") + string(filepath.Separator)
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil { // a module of fixtures
		cfg.Env = append(os.Environ(), "GO111MODULE=on", "GOPROXY=off", "GOWORK=off")
		src = dir + string(filepath.Separator)
	}
	listed, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	isFixture := func(p *packages.Package) bool {
		return len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], src)
	}
	packages.Visit(listed, nil, func(p *packages.Package) {
		switch {
		case isFixture(p):
			checkPackage(p, true)
		case shared[p.ID] != nil:
			*p = *shared[p.ID]
		default:
			checkPackage(p, false)
			shared[p.ID] = p
		}
	})
	var roots []*packages.Package
	for _, p := range listed {
		if p.Name == "" {
			return nil, fmt.Errorf("failed to load %q: %v", p.PkgPath, p.Errors)
		}
		if isFixture(p) { // not the generated test main
			roots = append(roots, fixtureGraph(p, isFixture, make(map[*packages.Package]*packages.Package)))
		}
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("no packages matched %s", patterns)
	}
	return roots, nil
}

// fixtureGraph returns a copy of p whose imports are only the fixture
// packages, copied the same way.
func fixtureGraph(p *packages.Package, isFixture func(*packages.Package) bool, done map[*packages.Package]*packages.Package) *packages.Package {
	if c := done[p]; c != nil {
		return c
	}
	c := *p
	done[p] = &c
	c.Imports = make(map[string]*packages.Package)
	for path, imp := range p.Imports {
		if isFixture(imp) {
			c.Imports[path] = fixtureGraph(imp, isFixture, done)
		}
	}
	return &c
}

// checkPackage parses and type-checks p, whose imports are checked already:
// in full, with comments and type information, or its declarations only.
func checkPackage(p *packages.Package, full bool) {
	p.Fset = fset
	if p.PkgPath == "unsafe" {
		p.Types = types.Unsafe
		return
	}
	mode := parser.SkipObjectResolution
	if full {
		mode = parser.ParseComments
	}
	var files []*ast.File
	for _, name := range p.CompiledGoFiles {
		f, err := parser.ParseFile(fset, name, nil, mode)
		if list, ok := err.(scanner.ErrorList); ok {
			for _, e := range list {
				p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		} else if err != nil {
			p.Errors = append(p.Errors, packages.Error{Pos: name, Msg: err.Error(), Kind: packages.ParseError})
		}
		if f != nil {
			files = append(files, f)
		}
	}
	cfg := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if imp := p.Imports[path]; imp != nil && imp.Types != nil {
				return imp.Types, nil
			}
			return nil, fmt.Errorf("package %s not loaded", path)
		}),
		IgnoreFuncBodies: !full,
		Sizes:            p.TypesSizes,
		Error: func(err error) {
			if e, ok := err.(types.Error); ok {
				p.Errors = append(p.Errors, packages.Error{Pos: fset.Position(e.Pos).String(), Msg: e.Msg, Kind: packages.TypeError})
			}
		},
	}
	if full {
		p.TypesInfo = &types.Info{
			Types:        make(map[ast.Expr]types.TypeAndValue),
			Defs:         make(map[*ast.Ident]types.Object),
			Uses:         make(map[*ast.Ident]types.Object),
			Implicits:    make(map[ast.Node]types.Object),
			Instances:    make(map[*ast.Ident]types.Instance),
			Scopes:       make(map[ast.Node]*types.Scope),
			Selections:   make(map[*ast.SelectorExpr]*types.Selection),
			FileVersions: make(map[*ast.File]string),
		}
		p.Syntax = files
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	_ = types.NewChecker(cfg, fset, p.Types, p.TypesInfo).Files(files) // errors are in p.Errors
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		p.IllTyped = p.IllTyped || imp.IllTyped
	}
}
