package fixtest

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/extinctlint/extinct/internal/driver"
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
// only fixture packages, so the checker analyses nothing else. Packages are
// type-checked by the driver's own function.
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
			driver.TypeCheck(fset, p, true)
		case shared[p.ID] != nil:
			*p = *shared[p.ID]
		default:
			driver.TypeCheck(fset, p, false)
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
