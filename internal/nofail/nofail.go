// Package nofail finds the functions of a module that never fail: every
// return path returns a literal nil error, or the result of another function
// that never fails (issue 13's "calls that cannot fail"). It is a helper
// analyzer, required by the analyzers that need to know it (errcheckcb:
// an unchecked call that cannot fail is not reported; statuscode: the error
// branch of such a call cannot run), and not one users enable: it reports
// nothing.
//
// The answer for a function of another package comes from a fact, and only
// for a package of the same module: a dependency's signature is its
// contract, and its next version may fail.
package nofail

import (
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer computes, for the package under analysis, the functions that
// never fail, and exports a neverFails fact for each exported one. Its
// result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "nofail",
	Doc:        "find the functions of the module whose error results are always nil (a helper of errcheckcb and statuscode; it reports nothing)",
	URL:        "https://github.com/extinctlint/extinct/tree/main/internal/nofail",
	Run:        run,
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	FactTypes:  []analysis.Fact{new(neverFails)},
	ResultType: reflect.TypeFor[*Result](),
}

// neverFails is the object fact of a function declared in this module
// whose every return path returns a literal nil error (or the result of
// another function that never fails). Module is the path of the module
// that declares the function.
type neverFails struct{ Module string }

func (*neverFails) AFact() {}

func (f *neverFails) String() string { return "neverFails" }

// Result answers, in a pass over one package, whether a function never
// fails.
type Result struct {
	pass   *analysis.Pass // nofail's pass: its facts
	set    map[*types.Func]bool
	module string
}

// NeverFails reports whether a call of fn needs no check because fn never
// fails: fn is declared in the package under analysis and never fails, or
// it is declared in another package of the same module and has a
// neverFails fact. Interface methods and functions of other modules never
// qualify.
func (r *Result) NeverFails(fn *types.Func) bool {
	if r == nil || fn == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return r.set[fn]
	}
	return r.hasFact(fn)
}

// HasFact reports whether fn never fails by a neverFails fact: it is an
// exported function of the package under analysis that never fails (when
// the module is known), or a function of another package of the module
// with the fact.
func (r *Result) HasFact(fn *types.Func) bool {
	if r == nil || fn == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == r.pass.Pkg {
		return r.pass.ImportObjectFact(fn, new(neverFails))
	}
	return r.hasFact(fn)
}

// hasFact reports whether fn, of another package, has a neverFails fact
// from the module of the package under analysis.
func (r *Result) hasFact(fn *types.Func) bool {
	if r.module == "" || fn.Pkg() == nil {
		return false
	}
	var fact neverFails
	return r.pass.ImportObjectFact(fn, &fact) && fact.Module == r.module
}

func run(pass *analysis.Pass) (any, error) {
	module := ""
	if pass.Module != nil {
		module = pass.Module.Path
	}
	r := &Result{pass: pass, module: module}
	r.resolve(candidates(pass, pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)))
	return r, nil
}

// resolve decides which candidates never fail, keeps them in r.set and
// exports a fact for each exported one (when the module is known). It takes the
// set to its greatest fixed point: mutual recursion that never returns
// anything else never fails; a function one of whose forwarded calls does
// not qualify is dropped, until nothing changes.
func (r *Result) resolve(cands []*candidate) {
	set := make(map[*types.Func]bool)
	for _, c := range cands {
		if c.ok && !(c.namedErr && c.hasDefer) {
			set[c.fn] = true
		}
	}
	r.set = set
	for changed := true; changed; {
		changed = false
		for _, c := range cands {
			if !set[c.fn] {
				continue
			}
			for _, d := range c.deps {
				if !r.NeverFails(d) {
					delete(set, c.fn)
					changed = true
					break
				}
			}
		}
	}
	if r.module == "" {
		return
	}
	for fn := range set {
		if fn.Exported() {
			r.pass.ExportObjectFact(fn, &neverFails{Module: r.module})
		}
	}
}
