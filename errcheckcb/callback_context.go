package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Where a callback goes: the function it is passed to and the documented
// callback type it becomes, which may promise a parameter that is nil when
// the error is set.

// A cbKnownType is a named callback type whose documentation says that one
// parameter may be nil when the error parameter is set.
type cbKnownType struct {
	pkg, name string // the named function type
	sibling   int    // index of the parameter that may be nil on error
	errIndex  int    // index of the error parameter
	nilWhat   string // how the documentation names the nil value
	nilWhen   string // when it is nil; %s is the error parameter
}

// cbKnownTypes are the callback types whose nil-on-error parameters are
// documented. Every caller that takes one of these types (filepath.Walk,
// filepath.WalkDir, fs.WalkDir and the many wrappers, such as afero.Walk,
// that take a filepath.WalkFunc) promises the same.
var cbKnownTypes = [...]cbKnownType{
	{pkg: "path/filepath", name: "WalkFunc", sibling: 1, errIndex: 2,
		nilWhat: "a nil info", nilWhen: "when %s != nil (an Lstat failed)"},
	{pkg: "io/fs", name: "WalkDirFunc", sibling: 1, errIndex: 2,
		nilWhat: "a nil DirEntry", nilWhen: "when %s != nil for the root"},
}

// cbContext is what is known about where a callback goes.
type cbContext struct {
	callee string       // the function it is passed to, if any (e.g. "filepath.Walk")
	known  *cbKnownType // the documented callback type it becomes, if any
	// nilErrs: the error parameters that the function it is passed to
	// only ever passes nil (callback_nilargs.go).
	nilErrs []int
	expr    inspector.Cursor // the callback expression, when checked there
}

// context says where the callback expression at cur goes.
func (c *cbChecker) context(cur inspector.Cursor) cbContext {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	var ctx cbContext
	var target types.Type
	info := c.pass.TypesInfo
	switch k, i := cur.ParentEdge(); k {
	case edge.CallExpr_Args:
		call := cur.Parent().Node().(*ast.CallExpr)
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			target = tv.Type // conversion: filepath.WalkFunc(f)
			break
		}
		funType := info.TypeOf(call.Fun)
		if funType == nil {
			break // no type information: stay silent
		}
		sig, ok := funType.Underlying().(*types.Signature)
		if !ok || sig.Params().Len() == 0 {
			break
		}
		params := sig.Params()
		switch {
		case i < params.Len()-1 || !sig.Variadic() && i < params.Len():
			target = params.At(i).Type()
			ctx.nilErrs = c.nilErrParams(call, i)
		case sig.Variadic() && call.Ellipsis == token.NoPos:
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				target = s.Elem()
			}
		}
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
			ctx.callee = cbFuncName(fn)
		}
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			target = info.TypeOf(as.Lhs[i])
			if id, ok := as.Lhs[i].(*ast.Ident); ok && as.Tok == token.DEFINE {
				if v, ok := info.Defs[id].(*types.Var); ok {
					return c.localContext(cur, v)
				}
			}
		}
	case edge.ValueSpec_Values:
		vs := cur.Parent().Node().(*ast.ValueSpec)
		if vs.Type != nil {
			target = info.TypeOf(vs.Type)
		} else if i < len(vs.Names) {
			if v, ok := info.Defs[vs.Names[i]].(*types.Var); ok && v.Parent() != c.pass.Pkg.Scope() {
				return c.localContext(cur, v)
			}
		}
	case edge.KeyValueExpr_Value:
		kv := cur.Parent().Node().(*ast.KeyValueExpr)
		if key, ok := kv.Key.(*ast.Ident); ok {
			if field, ok := info.Uses[key].(*types.Var); ok && field.IsField() {
				target = field.Type()
			}
		}
	}
	if named, ok := types.Unalias(target).(*types.Named); ok {
		obj := named.Obj()
		for i := range cbKnownTypes {
			k := &cbKnownTypes[i]
			if obj.Pkg() != nil && obj.Pkg().Path() == k.pkg && obj.Name() == k.name {
				ctx.known = k
			}
		}
	}
	return ctx
}

// localContext is the context of a callback stored in a local variable
// (walkFn := func(...) error {...}): that of the first use of the variable
// as a call argument in the enclosing function.
func (c *cbChecker) localContext(cur inspector.Cursor, v *types.Var) cbContext {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if fn == cur {
			continue
		}
		for use := range fn.Preorder((*ast.Ident)(nil)) {
			if use.ParentEdgeKind() != edge.CallExpr_Args || c.pass.TypesInfo.Uses[use.Node().(*ast.Ident)] != v {
				continue
			}
			return c.context(use)
		}
		break
	}
	return cbContext{}
}

// cbFuncName names fn the way a reader writes it: filepath.Walk, afero.Afero.Walk.
func cbFuncName(fn *types.Func) string {
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}
