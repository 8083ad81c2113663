package driver

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/extinctlint/extinct/internal/cache"
)

// errNoPackages: the patterns matched nothing. errReported: no package
// loaded, and stderr says why.
var (
	errNoPackages = errors.New("matched no packages")
	errReported   = errors.New("no package loaded")
)

// analyse loads and analyses the packages the patterns name and returns
// the findings on them. Load errors and analyzers' errors are written to
// stderr and make failed true; err is a failure that leaves nothing to
// report. Results come from the cache where it has them (see plan).
func analyse(opts *options, patterns []string, selected []*analysis.Analyzer, stderr io.Writer) (findings []finding, failed bool, err error) {
	cfg := &packages.Config{Tests: opts.tests, BuildFlags: []string{"-tags=" + opts.tags}}
	if os.Getenv("EXTINCT_DEPS") == "source" {
		return analyseSource(cfg, patterns, selected, stderr)
	}
	c := cache.Open(stderr)
	var key cache.Key
	if c != nil {
		if key, err = runKey(opts, selected); err != nil {
			fmt.Fprintf(stderr, "extinct: cache: %v; running without the cache\n", err)
			c = nil
		}
	}
	// A warm run may need only the cheaper listing (see listPackages), and
	// on unchanged files only the cache's copy of it (see listCached).
	sums := make(fileSums)
	roots, listHit, err := listCached(c, cfg, patterns, sums)
	if err != nil {
		return nil, false, err
	}
	if len(roots) == 0 {
		return nil, false, errNoPackages
	}
	units := newUnits(roots)
	if c != nil {
		packageKeys(key, units, sums)
	}
	x := newExecutor(selected, c)
	hits := plan(c, units, len(x.withFacts) > 0)
	if slices.ContainsFunc(units, func(u *unit) bool { return u.mode != skip }) && !findTypes(c, cfg, units) {
		if roots, units, err = compiledUnits(cfg, patterns, units); err != nil {
			return nil, false, err
		}
		exportData(c, cfg, units) // for the imports cgo adds (runtime/cgo and its own)
	}
	x.run(units)
	if os.Getenv("EXTINCT_CACHE_DEBUG") == "1" {
		debugCache(stderr, units, hits, listHit)
	}

	good, failed := reportLoadErrors(roots, stderr)
	if len(good) == 0 {
		return nil, failed, errReported
	}
	byPkg := make(map[*packages.Package]*unit, len(units))
	for _, u := range units {
		byPkg[u.pkg] = u
	}
	var goodUnits []*unit
	for _, p := range good {
		goodUnits = append(goodUnits, byPkg[p])
	}
	if x.reportFailures(goodUnits, stderr) {
		failed = true
	}
	for _, a := range selected { // as the checker orders its roots
		for _, u := range goodUnits {
			list := u.findings
			if u.mode != analysed && u.entry != nil {
				list = u.entry.Findings
			}
			for _, f := range list {
				if f.Analyzer == a.Name {
					findings = append(findings, f)
				}
			}
		}
	}
	return collect(findings), failed, nil
}

// reportFailures prints the analyzers' errors on the packages analysed for
// the roots given, one line each, and reports whether there was one.
func (x *executor) reportFailures(roots []*unit, stderr io.Writer) bool {
	seen := make(map[*unit]bool)
	var visit func(u *unit)
	failed := false
	visit = func(u *unit) {
		if seen[u] {
			return
		}
		seen[u] = true
		for _, d := range u.deps {
			visit(d)
		}
		for _, a := range x.all {
			if err := u.failed[a]; err != nil {
				fmt.Fprintf(stderr, "extinct: %s: %s: %v\n", u.pkg.PkgPath, a.Name, err)
				failed = true
			}
		}
	}
	for _, u := range roots {
		visit(u)
	}
	return failed
}

// debugCache prints, for EXTINCT_CACHE_DEBUG=1, the packages analysed,
// those whose types alone came from their source (not from export data),
// whether the listing came from the cache, and how many came from it.
func debugCache(stderr io.Writer, units []*unit, hits int, listHit bool) {
	var ids, source []string
	for _, u := range units {
		if u.mode == analysed {
			ids = append(ids, u.pkg.ID)
		} else if u.fromSource {
			source = append(source, u.pkg.ID)
		}
	}
	slices.Sort(ids)
	slices.Sort(source)
	for _, id := range ids {
		fmt.Fprintf(stderr, "extinct: cache: analysed %s\n", id)
	}
	for _, id := range source {
		fmt.Fprintf(stderr, "extinct: cache: types from source %s\n", id)
	}
	if listHit {
		fmt.Fprintf(stderr, "extinct: cache: the listing from the cache\n")
	}
	fmt.Fprintf(stderr, "extinct: cache: %d from the cache, %d analysed\n", hits, len(ids))
}

// analyseSource is analyse for EXTINCT_DEPS=source: every package loaded
// in full and analysed by x/tools' checker, without the cache.
func analyseSource(cfg *packages.Config, patterns []string, selected []*analysis.Analyzer, stderr io.Writer) ([]finding, bool, error) {
	pkgs, err := loadSource(cfg, patterns)
	if err != nil {
		return nil, false, err
	}
	if len(pkgs) == 0 {
		return nil, false, errNoPackages
	}
	good, failed := reportLoadErrors(pkgs, stderr)
	if len(good) == 0 {
		return nil, failed, errReported
	}
	graph, err := checker.Analyze(selected, good, &checker.Options{})
	if err != nil {
		return nil, failed, err
	}
	for act := range graph.All() {
		if act.Err != nil && len(act.Package.Errors) == 0 { // a package that failed to load was reported above
			fmt.Fprintf(stderr, "extinct: %s: %s: %v\n", act.Package.PkgPath, act.Analyzer.Name, act.Err)
			failed = true
		}
	}
	return collectGraph(graph), failed, nil
}
