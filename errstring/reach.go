package errstring

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Where a test looks, for errstring/wrap-identity: a test of an identity
// matters to a wrap only if the tested error may come from the function
// that wraps. errors.Is(err, ErrX) on what FindLatest returned says
// nothing of another function that formats ErrX with %v and whose error
// ends in a log line (restic's cmd/restic: errors.Is(err,
// data.ErrNoSnapshotFound) on one call, "%v" of the same sentinel on
// another path).

// A check is a test of the identity key on the error subject (nil where
// the subject is not known, as in a type switch case far from its
// switch).
type check struct {
	key     string
	subject ast.Expr
}

// within reports whether n lies inside body.
func within(n ast.Node, body *ast.BlockStmt) bool {
	return body.Pos() < n.Pos() && n.End() <= body.End()
}

// typeSwitchSubject returns x of switch x.(type) or switch v := x.(type).
func typeSwitchSubject(s *ast.TypeSwitchStmt) ast.Expr {
	var e ast.Expr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		e = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			e = a.Rhs[0]
		}
	}
	if ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// resolveChecks sorts the package's tests by where their subject comes
// from: a test of an error of unknown origin (a parameter, a field, an
// interface method: IsNotFound(err error) bool, say) is a test of every
// error, and its keys are returned; a test of an error that comes from
// calls of this package's functions is kept in testedFrom for those
// functions; a test of an error that only other packages' functions
// return says nothing of this package's wraps.
//
// A test of what an interface method returns (s.Create(...) of a
// storage.Storage, as in dexidp/dex's conformance tests) is a test of the
// methods of that name: it is returned in via as "key\x00Method" and
// exported, so that the packages of the module that implement the
// interface know it.
func (ix *identities) resolveChecks() (anyOrigin map[string]bool, via []string) {
	anyOrigin = make(map[string]bool)
	for _, c := range ix.checks {
		o := newOrigins()
		if ix.origins(c.subject, o) {
			anyOrigin[c.key] = true
			continue
		}
		for fn := range o.fns {
			ix.testedFrom[c.key] = append(ix.testedFrom[c.key], fn)
		}
		for lit := range o.lits {
			ix.testedInLit[c.key] = append(ix.testedInLit[c.key], lit)
		}
		for m := range o.methods {
			v := c.key + "\x00" + m
			if !ix.via[v] {
				ix.via[v] = true
				via = append(via, v)
			}
		}
	}
	return anyOrigin, via
}

// originSet is where an error may come from: functions of this package,
// function literals of this package (funcvalues.go), and interface
// methods by name.
type originSet struct {
	fns     map[*types.Func]bool
	lits    map[*ast.FuncLit]bool
	methods map[string]bool
}

func newOrigins() originSet {
	return originSet{make(map[*types.Func]bool), make(map[*ast.FuncLit]bool), make(map[string]bool)}
}

// origins adds to o the functions of this package and the interface
// methods whose error e may be or wrap (through fmt.Errorf with any verb,
// or errors.Join), and reports whether some part of e has an origin that
// is not known.
func (ix *identities) origins(e ast.Expr, o originSet) (unknown bool) {
	info := ix.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case nil:
		return true
	case *ast.Ident, *ast.SelectorExpr:
		if sentinelVar(info, e) != nil {
			return false
		}
		id, ok := e.(*ast.Ident)
		if !ok {
			return true // a field
		}
		obj := info.Uses[id]
		if x := ix.reaching(obj, id.Pos()); x != nil {
			return ix.origins(x, o)
		}
		if v, ok := obj.(*types.Var); ok {
			return ix.argOrigins(v, o, ix.origins)
		}
		return true
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(info, e)
		if fn == nil {
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && isInterfaceMethod(s.Obj()) {
					o.methods[sel.Sel.Name] = true
					return false
				}
			}
			if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					return ix.argOrigins(v, o, ix.funcOrigins) // what its calls pass
				}
			}
			return true // a func value
		}
		switch fn.FullName() {
		case "fmt.Errorf", "errors.Join":
			for _, a := range e.Args {
				if ix.isErrorType(info.TypeOf(a)) && !isNil(ix.pass, a) && ix.origins(a, o) {
					unknown = true
				}
			}
			return unknown
		}
		if fn = fn.Origin(); ix.decls[fn] != nil {
			o.fns[fn] = true
		}
		return false // another package's function: not this package's wraps
	}
	return true
}

// flow returns g and the functions of this package whose error g may
// return, as it is or wrapped with any verb.
func (ix *identities) flow(g *types.Func) map[*types.Func]bool {
	if m, ok := ix.flows[g]; ok {
		return m
	}
	m := map[*types.Func]bool{g: true}
	ix.flows[g] = m // a recursive call sees what is known so far
	for _, x := range ix.returnedErrors(g) {
		o := newOrigins()
		ix.origins(x, o) // what interface methods return is not g's own
		for h := range o.fns {
			for k := range ix.flow(h) {
				m[k] = true
			}
		}
	}
	return m
}

// testedKey reports whether the identity k is tested where an error made
// at the site at may arrive: by a test of an error of unknown origin in
// this package, its tests, or a package of the module it imports; by a
// test of an error that a function literal around the site returns; or by
// a test of an error that comes from a function of this package to which
// the site's function's error flows. Being exported is not enough:
// hashicorp/go-azure-helpers formats its exported parse error types with
// %+v in 160 places and nothing tests them.
func (ix *identities) testedKey(k string, at site) bool {
	k = trimAPI(k)
	if ix.tested[k] || ix.tested["+"+k] {
		return true
	}
	for _, key := range []string{k, "+" + k} {
		for _, lit := range ix.testedInLit[key] {
			if lit.Body.Pos() < at.pos && at.pos < lit.Body.End() {
				return true
			}
		}
	}
	fn := at.fn
	if fn == nil {
		return false
	}
	for _, key := range []string{k, "+" + k} {
		for _, g := range ix.testedFrom[key] {
			if ix.flow(g)[fn] {
				return true
			}
		}
	}
	for g := range ix.decls {
		sig, _ := g.Type().(*types.Signature)
		if sig == nil || sig.Recv() == nil || !(ix.via[k+"\x00"+g.Name()] || ix.via["+"+k+"\x00"+g.Name()]) {
			continue
		}
		if ix.flow(g)[fn] {
			return true // a method that a test reaches through an interface
		}
	}
	return false
}

// A site is where an error is made into text: the function declared
// around it (nil at package level) and its position.
type site struct {
	fn  *types.Func
	pos token.Pos
}

// siteOf returns the site of the node at the top of stack.
func (ix *identities) siteOf(stack []ast.Node) site {
	return site{ix.enclosingFunc(stack), stack[len(stack)-1].Pos()}
}

// enclosingFunc returns the function declared by the innermost FuncDecl
// of stack, or nil.
func (ix *identities) enclosingFunc(stack []ast.Node) *types.Func {
	for i := len(stack) - 1; i >= 0; i-- {
		if d, ok := stack[i].(*ast.FuncDecl); ok {
			fn, _ := ix.pass.TypesInfo.Defs[d.Name].(*types.Func)
			return fn
		}
	}
	return nil
}

// A param is the index of a parameter of fn.
type param struct {
	fn *types.Func
	i  int
}

// addParams records the parameters of fn if it is unexported, so that
// the origin of what a test helper such as mustBeErrNotFound(t, kind,
// err) tests is what its callers pass (dexidp/dex's conformance tests).
func (ix *identities) addParams(fn *types.Func, decl *ast.FuncDecl) {
	sig, _ := fn.Type().(*types.Signature)
	if fn.Exported() || sig == nil || sig.Variadic() {
		return
	}
	for i := 0; i < sig.Params().Len(); i++ {
		ix.params[sig.Params().At(i)] = param{fn, i}
	}
}

// addCall records a call of a function of this package, and the other
// uses of functions as values (fn passed on: its callers are unknown).
func (ix *identities) addCall(call *ast.CallExpr) {
	info := ix.pass.TypesInfo
	if fn := typeutil.StaticCallee(info, call); fn != nil && fn.Pkg() == ix.pass.Pkg {
		ix.calls[fn.Origin()] = append(ix.calls[fn.Origin()], call)
	}
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok {
			if fn, ok := info.Uses[id].(*types.Func); ok {
				ix.escapes[fn] = true
			}
		}
	}
}

// argOrigins adds the origins (found by originsOf: ix.origins for an
// error, ix.funcOrigins for a func) of what the calls of an unexported
// function pass as its parameter v, and reports whether they are not all
// known (v is not such a parameter, or the function is used as a value).
func (ix *identities) argOrigins(v *types.Var, o originSet, originsOf func(ast.Expr, originSet) bool) (unknown bool) {
	p, ok := ix.params[v]
	if !ok || ix.escapes[p.fn] || ix.busyParam[v] || len(ix.calls[p.fn]) == 0 {
		return true // no call seen: the package's tests may call it
	}
	ix.busyParam[v] = true
	defer delete(ix.busyParam, v)
	for _, call := range ix.calls[p.fn] {
		if p.i >= len(call.Args) || originsOf(call.Args[p.i], o) {
			unknown = true
		}
	}
	return unknown
}

// isInterfaceMethod reports whether obj is a method of an interface,
// called directly or promoted from an embedded interface (r.Read of a
// struct that embeds an io.Reader).
func isInterfaceMethod(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}
