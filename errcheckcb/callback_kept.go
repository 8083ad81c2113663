package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Callbacks whose caller keeps the error: a hook stored in a struct field
// and called with the error its owner keeps (sipgo's OnTerminate hooks get
// the reason a transaction ended, which the transaction keeps for Err()), or
// a default strategy in a config field called with an error the caller then
// passes on (asynq's DefaultRetryDelayFunc gets the error its caller hands
// to broker.Retry). The callback is not the error's only owner: ignoring it
// loses nothing. Found by following the callback, in this package, through
// the parameters, variables and unexported fields it is stored in to the
// calls of them. It runs only for a callback about to be reported.

// keeper follows callbacks to their calls. Its indexes are built on first
// need, in one pass over the package.
type keeper struct {
	pass    *analysis.Pass
	inspect *inspector.Inspector
	built   bool
	reads   map[*types.Var][]inspector.Cursor  // uses of function-typed local variables, parameters and fields
	calls   map[*types.Func][]inspector.Cursor // static calls of the package's functions
	escaped map[*types.Func]bool               // package functions used other than called
	dynamic map[string]bool                    // names of interface methods called in the package
	memo    map[keptKey]int8                   // paramKept: 1 in progress, 2 kept, 3 not
}

type keptKey struct {
	fn ast.Node // *ast.FuncDecl or *ast.FuncLit
	i  int
}

func (k *keeper) build() {
	k.built = true
	k.reads = make(map[*types.Var][]inspector.Cursor)
	k.calls = make(map[*types.Func][]inspector.Cursor)
	k.escaped = make(map[*types.Func]bool)
	k.dynamic = make(map[string]bool)
	k.memo = make(map[keptKey]int8)
	info := k.pass.TypesInfo
	for cur := range k.inspect.Root().Preorder((*ast.Ident)(nil)) {
		switch obj := info.Uses[cur.Node().(*ast.Ident)].(type) {
		case *types.Var:
			if _, ok := obj.Type().Underlying().(*types.Signature); ok && obj.Pkg() == k.pass.Pkg {
				k.reads[obj.Origin()] = append(k.reads[obj.Origin()], cur)
			}
		case *types.Func:
			expr := cur
			if expr.ParentEdgeKind() == edge.SelectorExpr_Sel {
				expr = expr.Parent()
				if s := info.Selections[expr.Node().(*ast.SelectorExpr)]; s != nil && types.IsInterface(s.Recv()) {
					k.dynamic[obj.Name()] = true
				}
			}
			if obj.Pkg() != k.pass.Pkg {
				continue
			}
			if expr.ParentEdgeKind() == edge.CallExpr_Fun {
				k.calls[obj.Origin()] = append(k.calls[obj.Origin()], expr.Parent())
			} else {
				k.escaped[obj.Origin()] = true
			}
		}
	}
}

// keptByCaller reports whether the callback expression at cur reaches, in
// this package, only calls that pass an error their caller keeps as its
// i'th argument, and at least one.
func (k *keeper) keptByCaller(cur inspector.Cursor, i int) bool {
	if !k.built {
		k.build()
	}
	calls, ok := k.reach(cur)
	if !ok || len(calls) == 0 {
		return false
	}
	for _, call := range calls {
		if !k.kept(call, i) {
			return false
		}
	}
	return true
}

// reach follows the function value of the expression at cur through the
// parameters, local variables and unexported fields of this package it is
// stored in, and returns the calls of them. It fails when the value goes
// anywhere else (returned, given to another package, put in a map or an
// exported field): then who calls it is unknown.
func (k *keeper) reach(cur inspector.Cursor) (calls []inspector.Cursor, ok bool) {
	info := k.pass.TypesInfo
	seen := make(map[*types.Var]bool)
	var work []*types.Var
	push := func(v *types.Var) bool {
		if v == nil || v.Pkg() != k.pass.Pkg || v.IsField() && v.Exported() || v.Parent() == k.pass.Pkg.Scope() {
			return false // may be read by another package, or by code not followed
		}
		if _, ok := v.Type().Underlying().(*types.Signature); !ok {
			return false
		}
		v = v.Origin()
		if !seen[v] {
			seen[v] = true
			work = append(work, v)
		}
		return true
	}
	// dest follows the value of the expression at cur one step.
	dest := func(cur inspector.Cursor) bool {
		for cur.ParentEdgeKind() == edge.ParenExpr_X {
			cur = cur.Parent()
		}
		switch kind, i := cur.ParentEdge(); kind {
		case edge.CallExpr_Fun:
			calls = append(calls, cur.Parent())
			return true
		case edge.CallExpr_Args:
			call := cur.Parent().Node().(*ast.CallExpr)
			fn := typeutil.StaticCallee(info, call)
			if fn == nil || fn.Pkg() != k.pass.Pkg || call.Ellipsis.IsValid() {
				return false
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
					return false // T.m(recv, ...): the arguments are shifted
				}
			}
			params := fn.Origin().Type().(*types.Signature).Params()
			if i >= params.Len() || fn.Origin().Type().(*types.Signature).Variadic() && i >= params.Len()-1 {
				return false
			}
			return push(params.At(i))
		case edge.AssignStmt_Rhs:
			as := cur.Parent().Node().(*ast.AssignStmt)
			if len(as.Lhs) != len(as.Rhs) {
				return false
			}
			return push(keptLHS(info, as.Lhs[i]))
		case edge.ValueSpec_Values:
			vs := cur.Parent().Node().(*ast.ValueSpec)
			if i >= len(vs.Names) {
				return false
			}
			v, _ := info.Defs[vs.Names[i]].(*types.Var)
			return push(v)
		case edge.KeyValueExpr_Value:
			key, ok := cur.Parent().Node().(*ast.KeyValueExpr).Key.(*ast.Ident)
			if !ok {
				return false
			}
			v, _ := info.Uses[key].(*types.Var)
			return v != nil && v.IsField() && push(v)
		case edge.BinaryExpr_X, edge.BinaryExpr_Y:
			op := cur.Parent().Node().(*ast.BinaryExpr).Op
			return op == token.EQL || op == token.NEQ // a nil check
		}
		return false
	}
	if !dest(cur) {
		return nil, false
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		for _, use := range k.reads[v] {
			expr := use
			switch use.ParentEdgeKind() {
			case edge.KeyValueExpr_Key:
				continue // T{f: ...} writes the field
			case edge.SelectorExpr_Sel:
				expr = use.Parent()
			}
			if expr.ParentEdgeKind() == edge.AssignStmt_Lhs {
				continue // written, not read
			}
			if !dest(expr) {
				return nil, false
			}
		}
	}
	return calls, true
}

// keptLHS returns the variable or field an assignment stores into, or nil.
func keptLHS(info *types.Info, lhs ast.Expr) *types.Var {
	switch e := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if v, ok := info.Defs[e].(*types.Var); ok {
			return v
		}
		v, _ := info.Uses[e].(*types.Var)
		return v
	case *ast.SelectorExpr:
		if s := info.Selections[e]; s != nil && s.Kind() == types.FieldVal {
			v, _ := s.Obj().(*types.Var)
			return v
		}
	}
	return nil
}

// kept reports whether the call at cur passes as its i'th argument an error
// that its caller keeps: nil; a field (it outlives the call); a variable the
// caller reads after the call (returns it, passes it on, stores it, compares
// it); or a parameter of the caller that every call of the caller passes a
// kept error. A package variable (a sentinel) counts only when read after
// the call: a sentinel handed over and not kept may be the message itself
// ("skip this one").
func (k *keeper) kept(cur inspector.Cursor, i int) bool {
	call := cur.Node().(*ast.CallExpr)
	t := k.pass.TypesInfo.TypeOf(call.Fun)
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || len(call.Args) != sig.Params().Len() || i >= len(call.Args) {
		return false // f(g()): the arguments are not visible
	}
	info := k.pass.TypesInfo
	arg := ast.Unparen(call.Args[i])
	if isNilIdent(info, arg) {
		return true
	}
	var v *types.Var
	switch a := arg.(type) {
	case *ast.SelectorExpr:
		if s := info.Selections[a]; s != nil {
			return s.Kind() == types.FieldVal
		}
		v, _ = info.Uses[a.Sel].(*types.Var) // pkg.ErrX
	case *ast.Ident:
		v, _ = info.Uses[a].(*types.Var)
	}
	if v == nil {
		return false
	}
	var fn inspector.Cursor
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = f
		break
	}
	if !fn.Valid() {
		return false
	}
	for use := range fn.Preorder((*ast.Ident)(nil)) {
		if use.Node().Pos() > call.End() && info.Uses[use.Node().(*ast.Ident)] == v && use.ParentEdgeKind() != edge.AssignStmt_Lhs {
			return true
		}
	}
	return k.paramKept(fn, v)
}

// paramKept reports whether v is a parameter of the function at fn that
// every call of the function passes a kept error: a declared function not
// exported, not used as a value and not an interface method called in the
// package; or a function literal that reaches only such calls.
func (k *keeper) paramKept(fn inspector.Cursor, v *types.Var) bool {
	info := k.pass.TypesInfo
	var sig *types.Signature
	var decl *types.Func
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		decl, _ = info.Defs[n.Name].(*types.Func)
		if decl == nil || decl.Exported() || k.escaped[decl] || decl.Signature().Recv() != nil && k.dynamic[decl.Name()] {
			return false
		}
		sig = decl.Signature()
	case *ast.FuncLit:
		sig, _ = info.TypeOf(n).(*types.Signature)
	}
	if sig == nil {
		return false
	}
	i := -1
	for j := range sig.Params().Len() {
		if sig.Params().At(j) == v {
			i = j
		}
	}
	if i < 0 {
		return false
	}
	key := keptKey{fn.Node(), i}
	switch k.memo[key] {
	case 1:
		return true // a cycle drops nothing by itself; the other calls decide
	case 2:
		return true
	case 3:
		return false
	}
	k.memo[key] = 1
	var calls []inspector.Cursor
	ok := true
	if decl != nil {
		calls = k.calls[decl]
	} else {
		calls, ok = k.reach(fn)
	}
	ok = ok && len(calls) > 0
	for _, call := range calls {
		if !ok {
			break
		}
		if sel, isSel := ast.Unparen(call.Node().(*ast.CallExpr).Fun).(*ast.SelectorExpr); isSel {
			if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
				ok = false // T.m(recv, ...): the arguments are shifted
				break
			}
		}
		ok = k.kept(call, i)
	}
	k.memo[key] = 3
	if ok {
		k.memo[key] = 2
	}
	return ok
}
