package driver

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/extinctlint/extinct/internal/cache"
)

// An executor runs the units' modes, imports first, at most GOMAXPROCS
// at a time: it type-checks, reads cached facts and runs the analyzers,
// in place of x/tools' checker, which cannot take facts from a cache.
type executor struct {
	fset      *token.FileSet
	selected  []*analysis.Analyzer
	all       []*analysis.Analyzer // what runs on a root: the selection and what it requires, prerequisites first
	withFacts []*analysis.Analyzer // what runs elsewhere: the analyzers with facts and what they require
	cache     *cache.Cache         // nil: none

	mu     sync.RWMutex
	unitOf map[*types.Package]*unit
}

func newExecutor(selected []*analysis.Analyzer, c *cache.Cache) *executor {
	all := requiresClosure(selected)
	var facts []*analysis.Analyzer
	for _, a := range all {
		if len(a.FactTypes) > 0 {
			facts = append(facts, a)
		}
	}
	return &executor{
		fset: token.NewFileSet(), selected: selected, all: all, withFacts: requiresClosure(facts),
		cache: c, unitOf: make(map[*types.Package]*unit),
	}
}

// requiresClosure returns the analyzers and those they require,
// prerequisites before the analyzers that need them.
func requiresClosure(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		out = append(out, a)
	}
	for _, a := range analyzers {
		visit(a)
	}
	return out
}

// run does every unit's work: it type-checks a unit once its imports'
// types are set, and analyses it once its imports are done (their facts
// are known); at most GOMAXPROCS at a time. Type-checking a package thus
// overlaps the analysis of the packages it imports.
func (x *executor) run(units []*unit) {
	cpu := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, u := range units {
		if u.mode == skip {
			continue
		}
		wg.Go(func() {
			defer close(u.done)
			for _, imp := range u.imports {
				<-imp.typed
			}
			if x.exclusive(cpu, u, x.types) != nil {
				u.pkg.IllTyped = true // before dependents read it
			}
			close(u.typed)
			for _, imp := range u.imports {
				<-imp.done
			}
			if u.mode == analysed && !u.pkg.IllTyped {
				x.exclusive(cpu, u, x.analyse)
			}
		})
	}
	wg.Wait()
}

// exclusive runs step on u holding one of the cpu tokens, and turns a
// panic (a type checker bug) into an error on the package, returning it.
func (x *executor) exclusive(cpu chan struct{}, u *unit, step func(*unit)) (panicked any) {
	cpu <- struct{}{}
	defer func() { <-cpu }()
	defer func() {
		if panicked = recover(); panicked != nil { // a type checker bug must not take the run down
			p := u.pkg
			p.Errors = append(p.Errors, packages.Error{Pos: p.PkgPath, Msg: fmt.Sprintf("internal error: checking the package panicked: %v", panicked)})
		}
	}()
	step(u)
	return nil
}

// types sets u's types, from export data or its source, and for a unit
// whose facts come from the cache, its facts.
func (x *executor) types(u *unit) {
	p := u.pkg
	if u.mode == analysed || !x.readTypes(u) {
		u.fromSource = u.mode != analysed && p.PkgPath != "unsafe"
		TypeCheck(x.fset, p, u.mode == analysed)
		if u.mode != analysed {
			x.writeTypes(u)
		}
	}
	x.register(u)
	if u.mode == factsIn && !p.IllTyped {
		facts, err := decodeFacts(u.entry.Facts, p.Types, x.withFacts)
		if err == nil {
			u.facts = facts
			return
		}
		// An entry whose facts do not fit the package: analyse it
		// instead, and store a good entry in its place.
		u.mode, u.entry = analysed, nil
		TypeCheck(x.fset, p, true)
		x.register(u)
	}
}

// analyse runs the analyzers on u, prerequisites first: all of them on a
// root, those with facts elsewhere. It keeps a root's findings and the
// facts dependents need, stores the entry unless an analyzer failed, and
// drops the syntax and type information no dependent needs.
func (x *executor) analyse(u *unit) {
	p := u.pkg
	order := x.withFacts
	if u.root {
		order = x.all
	}
	results := make(map[*analysis.Analyzer]any)
	own := make(map[*analysis.Analyzer]*factSet)
	u.failed = make(map[*analysis.Analyzer]error)
	var reports []finding
	var reportMu sync.Mutex
	for _, a := range order {
		if err := x.prerequisitesFailed(u, a); err != nil {
			u.failed[a] = err
			continue
		}
		own[a] = newFactSet()
		shown := u.root && slices.Contains(x.selected, a)
		pass := x.pass(u, a, own[a], results, func(d analysis.Diagnostic) {
			if shown {
				reportMu.Lock()
				defer reportMu.Unlock()
				reports = append(reports, newFinding(a, p.ID, x.fset, d))
			}
		})
		result, err := runPass(pass)
		results[a] = result
		if err != nil {
			u.failed[a] = err
		}
	}
	u.findings = reports // grouped by analyzer when printed (analyse)
	cacheable := len(u.failed) == 0
	u.facts = make(map[*analysis.Analyzer]*factSet)
	var encoded []encodedFact
	enc := new(objectpath.Encoder)
	for _, a := range x.withFacts {
		if own[a] == nil {
			continue
		}
		set, list, ok := exported(a, p.Types, own[a], enc)
		u.facts[a] = set
		encoded = append(encoded, list...)
		cacheable = cacheable && ok
	}
	p.Syntax, p.TypesInfo = nil, nil
	if cacheable && u.key != nil && x.cache != nil {
		data, err := gobBytes(encoded)
		if err == nil {
			data, err = gobBytes(&entry{Full: u.root, Findings: u.findings, Facts: data})
		}
		if err == nil {
			x.cache.Put(*u.key, data)
		}
	}
}

// prerequisitesFailed is the checker's error for an action whose
// prerequisite failed: an analyzer a requires, on u, or a itself on a
// package u imports, whose facts a needs.
func (x *executor) prerequisitesFailed(u *unit, a *analysis.Analyzer) error {
	var failed []string
	for _, req := range a.Requires {
		if _, ok := u.failed[req]; ok {
			failed = append(failed, req.Name+"@"+u.pkg.ID)
		}
	}
	if len(a.FactTypes) > 0 {
		for _, d := range u.deps {
			if _, ok := d.failed[a]; ok {
				failed = append(failed, a.Name+"@"+d.pkg.ID)
			}
		}
	}
	if failed == nil {
		return nil
	}
	slices.Sort(failed)
	return fmt.Errorf("failed prerequisites: %s", strings.Join(failed, ", "))
}

// runPass runs the pass's analyzer, turning a panic into an error and
// checking the result's type, as the checker does.
func runPass(pass *analysis.Pass) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = nil, fmt.Errorf("internal error: analyzer %s panicked on package %s: %v", pass.Analyzer.Name, pass.Pkg.Path(), r)
		}
	}()
	result, err = pass.Analyzer.Run(pass)
	if err != nil {
		return nil, err
	}
	if got, want := reflect.TypeOf(result), pass.Analyzer.ResultType; got != want {
		return nil, fmt.Errorf("internal error: on package %s, analyzer %s returned a result of type %v, but declared ResultType %v", pass.Pkg.Path(), pass.Analyzer, got, want)
	}
	return result, nil
}

// readFile is Pass.ReadFile: the package's own files only, as the
// checker allows.
func readFile(p *packages.Package) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		for _, list := range [][]string{p.CompiledGoFiles, p.GoFiles, p.OtherFiles, p.IgnoredFiles} {
			if slices.Contains(list, name) {
				return os.ReadFile(name)
			}
		}
		return nil, fmt.Errorf("Pass.ReadFile: %s is not among OtherFiles, IgnoredFiles, or names of Files", name)
	}
}

// register records u as the unit of its package's types, which passes look
// up to find a dependency's facts.
func (x *executor) register(u *unit) {
	x.mu.Lock()
	x.unitOf[u.pkg.Types] = u
	x.mu.Unlock()
}
