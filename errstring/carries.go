package errstring

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// What an error may carry, for errstring/wrap-identity: the queries on the
// identities that identity.go collects.

// trimAPI drops the '+' of an API identity's key.
func trimAPI(k string) string { return strings.TrimPrefix(k, "+") }

// reaching returns the value last assigned to the local variable obj
// before pos, in the order of the source: err = f() ... fmt.Errorf("%v",
// err) formats what f returned, whatever else err held before or after.
func (ix *identities) reaching(obj types.Object, pos token.Pos) ast.Expr {
	var last ast.Expr
	for _, x := range ix.assigns[obj] {
		if x.End() < pos {
			last = x
		}
	}
	return last
}

// of returns the keys of the identities that e may carry, sorted.
func (ix *identities) of(e ast.Expr) []string {
	set := make(map[string]bool)
	ix.collect(e, set)
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (ix *identities) collect(e ast.Expr, set map[string]bool) {
	info := ix.pass.TypesInfo
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && !tv.IsType() {
		// An unexported type of another module (errors.New's) is no
		// identity: no one there can name it.
		if tn := errorTypeName(tv.Type); tn != nil && (tn.Exported() || inModule(tn.Pkg().Path(), ix.module)) {
			set[objKey(tn)] = true
		}
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		if v := sentinelVar(info, e); v != nil {
			set[objKey(v)] = true
			return
		}
		id, ok := e.(*ast.Ident)
		if !ok {
			return
		}
		if x := ix.reaching(info.Uses[id], id.Pos()); x != nil {
			ix.collect(x, set)
		}
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(info, e)
		if fn == nil {
			return
		}
		switch fn.FullName() {
		case "fmt.Errorf":
			ix.collectWrapped(e, set)
			return
		case "errors.Join":
			for _, a := range e.Args {
				ix.collect(a, set)
			}
			return
		}
		for _, k := range ix.ofFunc(fn.Origin()) {
			// An unexported identity of another module (errors.New's
			// *errorString) is out of reach here.
			if strings.HasPrefix(k, "+") || inModule(k[:strings.LastIndexByte(k, '.')], ix.module) {
				set[k] = true
			}
		}
	}
}

// collectWrapped adds the identities of the %w operands of an
// fmt.Errorf call.
func (ix *identities) collectWrapped(call *ast.CallExpr, set map[string]bool) {
	if len(call.Args) < 2 {
		return
	}
	tv, ok := ix.pass.TypesInfo.Types[call.Args[0]]
	if !ok || tv.Value == nil {
		return
	}
	format, ok := constantString(tv.Value)
	if !ok {
		return
	}
	verbs, ok := parseFormat(format)
	if !ok {
		return
	}
	for _, v := range verbs {
		if v.verb == 'w' && v.arg >= 0 && 1+v.arg < len(call.Args) {
			ix.collect(call.Args[1+v.arg], set)
		}
	}
}

// ofFunc returns the identities fn's error result may carry: from its
// body if it is declared in this package, else from its fact.
func (ix *identities) ofFunc(fn *types.Func) []string {
	if keys, ok := ix.memo[fn]; ok {
		return keys
	}
	decl := ix.decls[fn]
	if decl == nil {
		var f mayReturn
		if fn.Pkg() != ix.pass.Pkg && ix.pass.ImportObjectFact(fn, &f) {
			return f.Keys
		}
		return nil
	}
	if ix.busy[fn] {
		return nil // recursion: what it returns is found at the outer call
	}
	ix.busy[fn] = true
	defer delete(ix.busy, fn)
	set := make(map[string]bool)
	for _, x := range ix.returnedErrors(fn) {
		ix.collect(x, set)
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	ix.memo[fn] = keys
	return keys
}

// returnedErrors returns the expressions that fn, declared in this
// package, returns as its error result: the last result of a return,
// the call of return f(), or the value last assigned to a named result
// before a bare return. Returns inside function literals are not fn's.
func (ix *identities) returnedErrors(fn *types.Func) []ast.Expr {
	decl := ix.decls[fn]
	sig, _ := fn.Type().(*types.Signature)
	if decl == nil || sig == nil {
		return nil
	}
	return ix.bodyErrors(decl.Body, sig)
}

// bodyErrors is returnedErrors for the body of a function of signature
// sig, a declared function's or a literal's.
func (ix *identities) bodyErrors(body *ast.BlockStmt, sig *types.Signature) []ast.Expr {
	if body == nil || sig.Results().Len() == 0 || !ix.isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	last := sig.Results().Len() - 1
	var xs []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == sig.Results().Len():
				xs = append(xs, n.Results[last])
			case len(n.Results) == 1:
				xs = append(xs, n.Results[0]) // return f()
			case len(n.Results) == 0 && sig.Results().At(last).Name() != "":
				if x := ix.reaching(sig.Results().At(last), n.Pos()); x != nil {
					xs = append(xs, x)
				}
			}
		}
		return true
	})
	return xs
}
