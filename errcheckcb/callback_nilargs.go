package errcheckcb

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Callbacks whose error is always nil: a function of the module that takes
// a callback and calls it only with a literal nil for its error parameter
// (gitleaks's scanTargets yields "yield(target, nil)" and nothing else)
// hands over no error to check. Found by data flow in the function's body,
// and carried to the module's other packages by a fact.

// nilErrArgs is the object fact of a function declared in this module that
// calls a callback parameter only with nil for some of its error
// parameters: each pair is the index of the function's parameter and the
// index of the callback's error parameter. Module is the path of the
// module that declares the function.
type nilErrArgs struct {
	Module string
	Pairs  [][2]int
}

func (*nilErrArgs) AFact() {}

func (f *nilErrArgs) String() string { return "nilErrArgs" }

// nilArgsResolve finds, for the functions declared in the package, the
// callback parameters whose error arguments are always nil, and exports
// them as facts.
func nilArgsResolve(pass *analysis.Pass, inspect *inspector.Inspector, module string) map[*types.Func][][2]int {
	found := make(map[*types.Func][][2]int)
	info := pass.TypesInfo
	for cur := range inspect.Root().Preorder((*ast.FuncDecl)(nil)) {
		decl := cur.Node().(*ast.FuncDecl)
		fn, ok := info.Defs[decl.Name].(*types.Func)
		if !ok || decl.Body == nil {
			continue
		}
		params := fn.Type().(*types.Signature).Params()
		var pairs [][2]int
		for i := range params.Len() {
			for _, j := range nilOnlyErrors(info, cur.ChildAt(edge.FuncDecl_Body, -1), params.At(i)) {
				pairs = append(pairs, [2]int{i, j})
			}
		}
		if len(pairs) > 0 {
			found[fn] = pairs
			pass.ExportObjectFact(fn, &nilErrArgs{Module: module, Pairs: pairs})
		}
	}
	return found
}

// nilOnlyErrors returns the indices of the error parameters of the
// callback parameter p that every call of p in body passes a literal nil;
// none when p is not a callback, is never called, or is used otherwise
// (passed on, stored, compared): then where it goes is unknown.
func nilOnlyErrors(info *types.Info, body inspector.Cursor, p *types.Var) []int {
	sig, ok := p.Type().Underlying().(*types.Signature)
	if !ok || sig.Variadic() {
		return nil
	}
	var errs []int
	for j := range sig.Params().Len() {
		if types.Identical(sig.Params().At(j).Type(), errorType) {
			errs = append(errs, j)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	nonNil := make(map[int]bool)
	calls := 0
	for use := range body.Preorder((*ast.Ident)(nil)) {
		if info.Uses[use.Node().(*ast.Ident)] != p {
			continue
		}
		if use.ParentEdgeKind() != edge.CallExpr_Fun {
			return nil // escapes: where it is called is unknown
		}
		call := use.Parent().Node().(*ast.CallExpr)
		if len(call.Args) != sig.Params().Len() {
			return nil // f(g()): the arguments are not visible
		}
		calls++
		for _, j := range errs {
			if !isNilIdent(info, call.Args[j]) {
				nonNil[j] = true
			}
		}
	}
	if calls == 0 {
		return nil
	}
	var out []int
	for _, j := range errs {
		if !nonNil[j] {
			out = append(out, j)
		}
	}
	return out
}

// nilErrParams returns the error parameters of a callback passed as the
// i'th argument of call that the called function of this module only ever
// passes nil.
func (c *cbChecker) nilErrParams(call *ast.CallExpr, i int) []int {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			return nil // T.m(recv, ...): the arguments are shifted
		}
	}
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	var pairs [][2]int
	if fn.Pkg() == c.pass.Pkg {
		pairs = c.nilArgs[fn]
	} else {
		var fact nilErrArgs
		if c.pass.ImportObjectFact(fn, &fact) && fact.Module == c.module && c.module != "" {
			pairs = fact.Pairs
		}
	}
	var out []int
	for _, p := range pairs {
		if p[0] == i {
			out = append(out, p[1])
		}
	}
	return out
}
