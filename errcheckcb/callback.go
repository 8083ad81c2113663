package errcheckcb

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/astutil"
)

// checkCallbacks reports error parameters of callbacks (function literals,
// and declared functions or methods used as values) that the body never
// reads, overwrites before reading, or reads only after using a parameter
// that the caller documents as nil when the error is set
// (errcheckcb/callback).
func checkCallbacks(pass *analysis.Pass, s *shared) {
	c := &cbChecker{pass: pass, inspect: s.inspect, module: s.module, testSupport: s.testSupport}
	c.keep = keeper{pass: pass, inspect: s.inspect}
	c.nilArgs = nilArgsResolve(pass, s.inspect, s.module)
	for cur := range s.inspect.Root().Preorder((*ast.FuncLit)(nil), (*ast.Ident)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncLit:
			sig, ok := pass.TypesInfo.TypeOf(n).(*types.Signature)
			if !ok || !c.hasErrorParam(sig) {
				continue
			}
			ctx := c.context(cur)
			ctx.expr = cur
			c.check(sig, n.Type.Params, cur.ChildAt(edge.FuncLit_Body, -1), n.Body, ctx)
		case *ast.Ident:
			c.funcValue(cur, n)
		}
	}
}

type cbChecker struct {
	pass    *analysis.Pass
	inspect *inspector.Inspector
	decls   map[*types.Func]inspector.Cursor // declared functions of this package, built on first need
	done    map[*types.Func]bool             // declared functions already checked
	module  string                           // see passModule
	nilArgs map[*types.Func][][2]int         // see nilArgsResolve
	keep    keeper                           // see keptByCaller
	// testSupport: the package is test support (isTestSupport): as in
	// tests, only the panic is reported.
	testSupport bool
}

func (c *cbChecker) isError(t types.Type) bool {
	return t != nil && types.Identical(t, errorType)
}

func (c *cbChecker) hasErrorParam(sig *types.Signature) bool {
	params := sig.Params()
	for i := range params.Len() {
		if c.isError(params.At(i).Type()) {
			return true
		}
	}
	return false
}

// funcValue handles an identifier that may name a declared function or
// method of this package used as a value rather than called.
func (c *cbChecker) funcValue(cur inspector.Cursor, id *ast.Ident) {
	// Most identifiers are plainly not function values: rule them out by
	// their place in the syntax before looking them up.
	switch cur.ParentEdgeKind() {
	case edge.CallExpr_Fun, edge.SelectorExpr_X, edge.FuncDecl_Name, edge.Field_Names, edge.Field_Type,
		edge.ValueSpec_Names, edge.ValueSpec_Type, edge.TypeSpec_Name, edge.ImportSpec_Name,
		edge.LabeledStmt_Label, edge.BranchStmt_Label, edge.StarExpr_X, edge.CompositeLit_Type:
		return
	case edge.SelectorExpr_Sel:
		if cur.Parent().ParentEdgeKind() == edge.CallExpr_Fun {
			return
		}
	}
	fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg {
		return
	}
	fn = fn.Origin()
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !c.hasErrorParam(sig) || c.done[fn] {
		return
	}
	// The expression that denotes the function: x.f for methods, f[T] for
	// instantiations, parentheses around either.
	expr := cur
	if expr.ParentEdgeKind() == edge.SelectorExpr_Sel {
		expr = expr.Parent()
	}
	for {
		switch expr.ParentEdgeKind() {
		case edge.ParenExpr_X, edge.IndexExpr_X, edge.IndexListExpr_X:
			expr = expr.Parent()
			continue
		case edge.CallExpr_Fun:
			return // called, not used as a value
		}
		break
	}
	if c.decls == nil {
		c.decls = make(map[*types.Func]inspector.Cursor)
		c.done = make(map[*types.Func]bool)
		for dc := range c.inspect.Root().Preorder((*ast.FuncDecl)(nil)) {
			decl := dc.Node().(*ast.FuncDecl)
			if f, ok := c.pass.TypesInfo.Defs[decl.Name].(*types.Func); ok && decl.Body != nil {
				c.decls[f] = dc
			}
		}
	}
	dc, ok := c.decls[fn]
	if !ok {
		return
	}
	c.done[fn] = true
	decl := dc.Node().(*ast.FuncDecl)
	ctx := c.context(expr)
	ctx.expr = expr
	c.check(sig, decl.Type.Params, dc.ChildAt(edge.FuncDecl_Body, -1), decl.Body, ctx)
}

// cbUses is what a callback body does with its error parameter and with the
// parameter that may be nil on error.
type cbUses struct {
	firstRead       token.Pos         // first read of the error parameter
	firstGuard      token.Pos         // first read that may keep the nil-able parameter unused (not in a check that falls through)
	fallThrough     *ast.IfStmt       // a check of the error that carries on, before firstGuard
	overwrite       token.Pos         // end of an unconditional overwrite before any read
	deref           *ast.SelectorExpr // first use of the nil-able parameter through a selector
	guarded         bool              // the nil-able parameter is compared with nil before deref
	errOnly         bool              // deref runs only when the error is set (if err != nil && info.IsDir())
	readsAnyParams  bool              // the body reads some parameter
	readsOtherError bool              // the body reads another error parameter
}

func (c *cbChecker) check(sig *types.Signature, fields *ast.FieldList, body inspector.Cursor, bodyNode *ast.BlockStmt, ctx cbContext) {
	if bodyNode == nil || !body.Valid() {
		return
	}
	params := sig.Params()
	for i := range params.Len() {
		errVar := params.At(i)
		if !c.isError(errVar.Type()) {
			continue
		}
		if slices.Contains(ctx.nilErrs, i) {
			continue // the caller only ever passes nil: there is no error to check
		}
		var sibling *types.Var
		known := ctx.known
		if known != nil && known.errIndex == i && known.sibling < params.Len() {
			sibling = params.At(known.sibling)
			if sibling.Name() == "" || sibling.Name() == "_" {
				sibling = nil
			}
		} else {
			known = nil
		}
		named := errVar.Name() != "" && errVar.Name() != "_"
		if !named && sibling == nil {
			continue // explicitly ignored, and nothing it leaves nil is used
		}
		u := c.uses(body, bodyNode, errVar, sibling, named, params)
		pos := cbParamPos(fields, i)
		if !pos.IsValid() {
			continue
		}
		// The panic: a parameter that is nil on error is used before the
		// error is looked at (or without it ever being looked at).
		if u.deref != nil && !u.guarded && (u.errOnly || !u.firstGuard.IsValid() || u.deref.Pos() < u.firstGuard) {
			use := cbExprString(u.deref)
			errName := errVar.Name()
			if !named {
				errName = "err"
			}
			when := fmt.Sprintf(known.nilWhen, errName)
			who := "the caller"
			if ctx.callee != "" {
				who = ctx.callee
			}
			switch {
			case !named:
				c.pass.Reportf(pos, "callback ignores its error parameter but uses %s: %s passes %s %s, so %s panics; name the error parameter and check it first",
					sibling.Name(), who, known.nilWhat, when, use)
			case u.errOnly:
				c.pass.Reportf(pos, "callback uses %s only when %s != nil: %s passes %s %s, so %s panics; do not use %s when %s != nil",
					use, errVar.Name(), who, known.nilWhat, when, use, sibling.Name(), errVar.Name())
			case u.fallThrough != nil && u.fallThrough.End() <= u.deref.Pos():
				c.pass.Reportf(pos, "callback parameter %s is checked, but the check carries on to %s: %s passes %s %s, so %s panics; return or skip when %s != nil",
					errVar.Name(), use, who, known.nilWhat, when, use, errVar.Name())
			case u.firstRead.IsValid():
				c.pass.Reportf(pos, "callback parameter %s is checked only after %s: %s passes %s %s, so %s panics first; check %s first",
					errVar.Name(), use, who, known.nilWhat, when, use, errVar.Name())
			default:
				c.pass.Reportf(pos, "callback parameter %s is never checked: %s passes %s %s, so %s panics; check %s first",
					errVar.Name(), who, known.nilWhat, when, use, errVar.Name())
			}
			continue
		}
		if !named || c.testSupport || astutil.IsTestFile(c.pass.Fset, pos) {
			// In tests (-errcheckcb.tests) and test support only the panic
			// is reported: a test's callbacks are stubs whose signature the
			// API under test forces (an error handler that only sets a
			// status), and a helper's dropped error ends in a failed test
			// (docker/compose's e2e directory listing; lazygit's Walk
			// callback that panics on a nil info is still reported).
			continue
		}
		// Run only for a callback about to be reported: every call of it
		// passes an error its caller keeps (callback_kept.go).
		kept := func() bool { return ctx.expr.Valid() && c.keep.keptByCaller(ctx.expr, i) }
		if u.overwrite.IsValid() && (!u.firstRead.IsValid() || u.firstRead > u.overwrite) {
			if kept() {
				continue
			}
			c.pass.Reportf(pos, "callback parameter %s is overwritten before it is read, so the error it reports is silently dropped; check it before reusing the name",
				errVar.Name())
			continue
		}
		if ctx.known == nil && !u.readsAnyParams {
			continue // reads none of its parameters: it observes that something happened (a disconnect, a handshake)
		}
		if u.firstRead.IsValid() || cbIsStub(bodyNode, u.readsAnyParams) || u.readsOtherError || u.guarded {
			// u.guarded: "if info == nil { return nil }" tests for the
			// failure through the parameter it leaves nil.
			continue
		}
		if kept() {
			continue
		}
		if ctx.callee != "" {
			c.pass.Reportf(pos, "callback parameter %s is never checked, so the errors %s reports through it are silently dropped; handle it, or name it _ if ignoring it is deliberate",
				errVar.Name(), ctx.callee)
		} else {
			c.pass.Reportf(pos, "callback parameter %s is never checked, so the error it reports is silently dropped; handle it, or name it _ if ignoring it is deliberate",
				errVar.Name())
		}
	}
}

// uses walks the callback body once.
func (c *cbChecker) uses(body inspector.Cursor, bodyNode *ast.BlockStmt, errVar, sibling *types.Var, named bool, params *types.Tuple) cbUses {
	var u cbUses
	info := c.pass.TypesInfo
	var nestedEnd token.Pos // end of the innermost function literal being walked, if any
	body.Inspect([]ast.Node{(*ast.Ident)(nil), (*ast.FuncLit)(nil)}, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.FuncLit:
			if n.End() > nestedEnd {
				nestedEnd = n.End()
			}
		case *ast.Ident:
			obj := info.Uses[n]
			if obj == nil {
				return true
			}
			v, ok := obj.(*types.Var)
			if !ok || v.IsField() {
				return true
			}
			switch {
			case named && v == errVar:
				if cur.ParentEdgeKind() == edge.AssignStmt_Lhs {
					as := cur.Parent()
					// An overwrite that runs on every path: a statement of
					// the body itself, not of a nested block.
					if !u.firstRead.IsValid() && !u.overwrite.IsValid() && as.Parent().Node() == bodyNode {
						u.overwrite = as.Node().End()
					}
					return true
				}
				if !u.firstRead.IsValid() {
					u.firstRead = n.Pos()
				}
				if !u.firstGuard.IsValid() {
					if fall := cbFallThroughIf(cur, bodyNode); fall != nil {
						u.fallThrough = fall
					} else {
						u.firstGuard = n.Pos()
					}
				}
				u.readsAnyParams = true
			case sibling != nil && v == sibling:
				u.readsAnyParams = true
				if n.Pos() < nestedEnd {
					return true // in a closure: when it runs is unknown
				}
				switch cur.ParentEdgeKind() {
				case edge.SelectorExpr_X:
					if u.deref == nil && !cbNilErrGuarded(info, cur, errVar) {
						u.deref = cur.Parent().Node().(*ast.SelectorExpr)
						u.errOnly = named && cbErrOnly(info, cur, errVar)
					}
				case edge.BinaryExpr_X, edge.BinaryExpr_Y:
					be := cur.Parent().Node().(*ast.BinaryExpr)
					if u.deref == nil && (be.Op == token.EQL || be.Op == token.NEQ) && (isNilIdent(info, be.X) || isNilIdent(info, be.Y)) {
						u.guarded = true
					}
				}
			case cbIsParam(v, params):
				u.readsAnyParams = true
				if c.isError(v.Type()) {
					u.readsOtherError = true // a callback given several errors chose which one matters
				}
			}
		}
		return true
	})
	return u
}

func cbIsParam(v *types.Var, params *types.Tuple) bool {
	for i := range params.Len() {
		if params.At(i) == v {
			return true
		}
	}
	return false
}

// cbParamPos returns the position of the i'th parameter: its name, or its
// type if it is unnamed.
func cbParamPos(fields *ast.FieldList, i int) token.Pos {
	if fields == nil {
		return token.NoPos
	}
	for _, f := range fields.List {
		if len(f.Names) == 0 {
			if i == 0 {
				return f.Type.Pos()
			}
			i--
			continue
		}
		if i < len(f.Names) {
			return f.Names[i].Pos()
		}
		i -= len(f.Names)
	}
	return token.NoPos
}

// cbExprString renders x.f as "x.f()" when it is called, for the message.
func cbExprString(sel *ast.SelectorExpr) string {
	x, ok := sel.X.(*ast.Ident)
	if !ok {
		return "its use"
	}
	return fmt.Sprintf("%s.%s()", x.Name, sel.Sel.Name)
}
