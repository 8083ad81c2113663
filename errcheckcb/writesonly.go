package errcheckcb

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// writesOnly is the object fact of a function declared in this module
// whose every failure is a failed write to a writer of interface type
// (fmt.Fprint*, io.WriteString, io.Copy to one, or its own Write
// methods), directly or through other such functions: a printer
// ("printer.Warning(stderr, ...)" writes a line to the writer it is
// given). Its error is the one errcheckcb/unchecked leaves alone when the
// write is made directly, and so is its call's. Module is the path of the
// module that declares the function.
type writesOnly struct{ Module string }

func (*writesOnly) AFact() {}

func (f *writesOnly) String() string { return "writesOnly" }

// A writesOnlyCandidate is a function of the package whose errors may all
// be failed writes to an interface: deps are the static calls whose error
// it forwards, which must qualify too.
type writesOnlyCandidate struct {
	fn   *types.Func
	ok   bool
	deps []*types.Func
}

// writesOnlyResolve finds the package's functions whose every failure is a
// write to an interface (see writesOnly), exports a fact for the exported
// ones (when the module is known) and returns the set. nofail is the
// package's never-failing functions: forwarding their nil is no failure.
func writesOnlyResolve(pass *analysis.Pass, inspect *inspector.Inspector, nofail map[*types.Func]bool, module string) map[*types.Func]bool {
	info := pass.TypesInfo
	var cands []*writesOnlyCandidate
	constrained := false
	inspect.Preorder([]ast.Node{(*ast.File)(nil), (*ast.FuncDecl)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.File:
			constrained = isConstrainedFile(pass.Fset, n) || !optTests && astutil.IsTestFile(pass.Fset, n.FileStart)
		case *ast.FuncDecl:
			fn, ok := info.Defs[n.Name].(*types.Func)
			if !ok || constrained || n.Body == nil {
				return
			}
			if c := writesOnlyCandidateOf(info, fn, n.Body); c != nil {
				cands = append(cands, c)
			}
		}
	})
	set := make(map[*types.Func]bool)
	for _, c := range cands {
		if c.ok && !nofail[c.fn] {
			set[c.fn] = true
		}
	}
	qualifies := func(d *types.Func) bool {
		return set[d] || nofailCallee(pass, d, nofail, module) || writesOnlyCallee(pass, d, nil, module)
	}
	deps := make(map[*types.Func][]*types.Func, len(cands))
	for _, c := range cands {
		deps[c.fn] = c.deps
	}
	resolveFacts(pass, set, deps, module, qualifies, func() analysis.Fact { return &writesOnly{Module: module} })
	return set
}

// writesOnlyCandidateOf returns the candidate for fn with body, or nil if
// fn has no single error result last, names it (a deferred call may set
// it), or fails otherwise: each return gives nil, a write to an interface,
// a static call (a dependency), or a local variable assigned only such
// calls.
func writesOnlyCandidateOf(info *types.Info, fn *types.Func, body *ast.BlockStmt) *writesOnlyCandidate {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 {
		return nil
	}
	res := sig.Results()
	last := res.At(res.Len() - 1)
	if !isErrorType(last.Type()) || last.Name() != "" {
		return nil
	}
	for i := 0; i < res.Len()-1; i++ {
		if isErrorType(res.At(i).Type()) {
			return nil
		}
	}
	c := &writesOnlyCandidate{fn: fn.Origin(), ok: true}
	vars := make(map[types.Object]bool) // error variables returned
	writes := 0
	// source records e, an error given by a call or returned: it must be
	// a write to an interface or a static call whose error qualifies.
	source := func(e ast.Expr) {
		call, isCall := ast.Unparen(e).(*ast.CallExpr)
		if !isCall {
			c.ok = false
			return
		}
		callee, _ := typeutil.Callee(info, call).(*types.Func)
		if callee == nil {
			c.ok = false
			return
		}
		if isTextOutputToInterface(info, call, callee) {
			writes++
			return
		}
		static := typeutil.StaticCallee(info, call)
		if static == nil {
			c.ok = false
			return
		}
		c.deps = append(c.deps, static.Origin())
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == 1 && res.Len() > 1:
				source(n.Results[0]) // return f()
			case len(n.Results) == res.Len():
				r := ast.Unparen(n.Results[len(n.Results)-1])
				if isNilIdent(info, r) {
					break
				}
				if id, ok := r.(*ast.Ident); ok {
					if v, ok := info.Uses[id].(*types.Var); ok && !isParam(sig, v) && v.Parent() != nil && v.Pkg() != nil && v.Parent() != v.Pkg().Scope() {
						vars[v] = true
						break
					}
				}
				source(r)
			default:
				c.ok = false
			}
		}
		return c.ok
	})
	if !c.ok || len(vars) == 0 && writes == 0 && len(c.deps) == 0 {
		return nil
	}
	// Every assignment of a returned variable: from a write or a
	// dependency, or nil.
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if vs, ok := n.(*ast.ValueSpec); ok {
			for i, name := range vs.Names {
				switch {
				case !vars[info.Defs[name]] || len(vs.Values) == 0:
				case len(vs.Values) == len(vs.Names):
					source(vs.Values[i])
				default:
					source(vs.Values[0])
				}
			}
			return c.ok
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return c.ok
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || !vars[info.ObjectOf(id)] {
				continue
			}
			switch {
			case len(as.Rhs) == len(as.Lhs) && isNilIdent(info, as.Rhs[i]):
			case len(as.Rhs) == len(as.Lhs):
				source(as.Rhs[i])
			case len(as.Rhs) == 1:
				source(as.Rhs[0])
			default:
				c.ok = false
			}
		}
		return c.ok
	})
	if !c.ok {
		return nil
	}
	return c
}

// writesOnlyCallee reports whether fn's failures are all writes to an
// interface: fn is in set (this package's), or declared in another package
// of the same module with a writesOnly fact (or in this package, once its
// facts are exported).
func writesOnlyCallee(pass *analysis.Pass, fn *types.Func, set map[*types.Func]bool, module string) bool {
	fn = fn.Origin()
	if set[fn] {
		return true
	}
	if module == "" || fn.Pkg() == nil {
		return false
	}
	var fact writesOnly
	return pass.ImportObjectFact(fn, &fact) && fact.Module == module
}

// isParam reports whether v is one of sig's parameters or results.
func isParam(sig *types.Signature, v *types.Var) bool {
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := 0; i < tuple.Len(); i++ {
			if tuple.At(i) == v {
				return true
			}
		}
	}
	return false
}
