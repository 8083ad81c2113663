package errcheckcb

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A nofailCandidate is a function declared in the package under analysis
// that may never fail: it has an error result, and every return seen so far
// gives a literal nil there, or forwards a call (deps) that must itself
// never fail.
type nofailCandidate struct {
	fn       *types.Func
	errIdx   []int // positions of the error results
	nresults int
	namedErr bool // an error result is named: a deferred func may set it
	hasDefer bool
	ok       bool
	deps     []*types.Func
}

// newNofailCandidate returns the candidate for fn, declared by decl in
// file, or nil if fn cannot qualify: no body, no error result, or a body
// that may be replaced on another platform.
func newNofailCandidate(fn *types.Func, decl *ast.FuncDecl, file *uncheckedFileCtx) *nofailCandidate {
	if decl.Body == nil || file == nil || file.constrained {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	res := sig.Results()
	c := &nofailCandidate{fn: fn, nresults: res.Len(), ok: true}
	for i := 0; i < res.Len(); i++ {
		if isErrorType(res.At(i).Type()) {
			c.errIdx = append(c.errIdx, i)
			if name := res.At(i).Name(); name != "" && name != "_" {
				c.namedErr = true
			}
		}
	}
	if len(c.errIdx) == 0 {
		return nil
	}
	return c
}

// addReturn records one return statement of the candidate's own body.
func (c *nofailCandidate) addReturn(info *types.Info, ret *ast.ReturnStmt) {
	if !c.ok {
		return
	}
	switch {
	case len(ret.Results) == 0:
		// A bare return gives the named results' current values.
		c.ok = false
	case len(ret.Results) == 1 && c.nresults > 1:
		// return f(): all results forwarded from one call.
		c.addForward(info, ret.Results[0])
	case len(ret.Results) == c.nresults:
		for _, i := range c.errIdx {
			r := ret.Results[i]
			if isNilIdent(info, r) {
				continue
			}
			c.addForward(info, r)
		}
	default:
		c.ok = false
	}
}

// addForward records that e is returned in an error position: it is fine
// only if e is a static call of a function whose error results never fail.
func (c *nofailCandidate) addForward(info *types.Info, e ast.Expr) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		c.ok = false
		return
	}
	callee := typeutil.StaticCallee(info, call)
	if callee == nil {
		c.ok = false
		return
	}
	c.deps = append(c.deps, callee.Origin())
}

// nofailResolve decides which candidates never fail, exports a fact for
// each exported one (when the module is known) and returns the set.
func nofailResolve(pass *analysis.Pass, cands []*nofailCandidate, module string) map[*types.Func]bool {
	set := make(map[*types.Func]bool)
	for _, c := range cands {
		if c.ok && !(c.namedErr && c.hasDefer) {
			set[c.fn] = true
		}
	}
	// Greatest fixed point: drop candidates that forward a call that may
	// fail, until nothing changes (mutual recursion that never returns
	// anything else never fails).
	for changed := true; changed; {
		changed = false
		for _, c := range cands {
			if !set[c.fn] {
				continue
			}
			for _, d := range c.deps {
				if !nofailCallee(pass, d, set, module) {
					delete(set, c.fn)
					changed = true
					break
				}
			}
		}
	}
	if module != "" {
		for fn := range set {
			if fn.Exported() {
				pass.ExportObjectFact(fn, &neverFails{Module: module})
			}
		}
	}
	return set
}

// nofailCallee reports whether a call of fn needs no check because fn
// never fails: fn is declared in this package and in set, or in another
// package of the same module with a neverFails fact. Interface methods
// never qualify.
func nofailCallee(pass *analysis.Pass, fn *types.Func, set map[*types.Func]bool, module string) bool {
	fn = fn.Origin()
	if fn.Pkg() == pass.Pkg {
		return set[fn]
	}
	if module == "" || fn.Pkg() == nil {
		return false
	}
	var fact neverFails
	return pass.ImportObjectFact(fn, &fact) && fact.Module == module
}
