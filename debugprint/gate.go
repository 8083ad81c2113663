package debugprint

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// gated reports whether cur runs only as a runtime switch says: it is in
// the body of an if whose condition passes test (isSwitch), in its
// function (through function literals: if trace { defer func() { ... }()
// }), or, when callers, in an unexported function every reference to which
// is a call so placed (fpdf's writeBytes, called under if !eq && printDiff).
func (c *checker) gated(cur inspector.Cursor, test func(ast.Expr) bool, callers bool) bool {
	info, child := c.pass.TypesInfo, cur
	for enc := range cur.Enclosing((*ast.IfStmt)(nil), (*ast.BlockStmt)(nil), (*ast.FuncDecl)(nil)) {
		switch n := enc.Node().(type) {
		case *ast.IfStmt:
			if child.Node() == n.Body && test(n.Cond) {
				return true
			}
		case *ast.FuncDecl:
			fn, ok := info.Defs[n.Name].(*types.Func)
			if !callers || !ok || fn.Exported() {
				return false
			}
			if gated, known := c.gatedFuncs[fn]; known {
				return gated
			}
			gated := false
			for _, id := range c.references(fn) {
				ref, ok := enc.Inspector().Root().FindByPos(id.Pos(), id.End())
				if ok && ref.ParentEdgeKind() == edge.SelectorExpr_Sel {
					ref = ref.Parent()
				}
				if gated = ok && ref.ParentEdgeKind() == edge.CallExpr_Fun && c.gated(ref, test, false); !gated {
					break
				}
			}
			if c.gatedFuncs == nil {
				c.gatedFuncs = make(map[*types.Func]bool)
			}
			c.gatedFuncs[fn] = gated
			return gated
		}
		child = enc
	}
	return false
}

// references returns the identifiers that refer to the package-level
// function fn, from an index of every such reference built once per
// package (not a scan of the package's uses per function).
func (c *checker) references(fn *types.Func) []*ast.Ident {
	if c.funcRefs == nil {
		c.funcRefs = make(map[*types.Func][]*ast.Ident)
		for id, obj := range c.pass.TypesInfo.Uses {
			if f, ok := obj.(*types.Func); ok && f.Pkg() == c.pass.Pkg {
				c.funcRefs[f] = append(c.funcRefs[f], id)
			}
		}
	}
	return c.funcRefs[fn]
}

// isSwitch reports whether cond (negated when neg) reads a runtime switch:
// it is constant false, or a switch operand (switchOperand) or a read of
// the environment, possibly negated, that && requires (!eq && printDiff)
// or that every operand of || is (debug || trace).
func isSwitch(info *types.Info, cond ast.Expr, neg bool) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return isSwitch(info, e.X, !neg)
		}
	case *ast.BinaryExpr:
		if e.Op == token.LAND || e.Op == token.LOR {
			x, y := isSwitch(info, e.X, neg), isSwitch(info, e.Y, neg)
			if (e.Op == token.LAND) != neg {
				return x || y
			}
			return x && y
		}
	}
	return !neg && isFalse(info, cond) || switchOperand(info, cond) || astutil.Contains(cond, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		fn := typeutil.StaticCallee(info, call) // os.Getenv("APP_DEBUG") != ""
		return fn != nil && (fn.FullName() == "os.Getenv" || fn.FullName() == "os.LookupEnv")
	})
}

// switchOperand reports whether e is a bool that the function around does
// not compute: a parameter or receiver, a package-level variable, a field
// path rooted at one (printDiff, a.Config.PrintCSR, debugCodec), or the
// answer of a function (not a method) to constant arguments, which comes
// from the package's state or the environment (debug.FlagSet("packet")).
// A local variable is logic.
func switchOperand(info *types.Info, e ast.Expr) bool {
	if tv, ok := info.Types[e]; !ok || !types.Identical(tv.Type.Underlying(), types.Typ[types.Bool]) {
		return false
	}
	for {
		var id *ast.Ident
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			id = x
		case *ast.SelectorExpr:
			if s := info.Selections[x]; s != nil && s.Kind() == types.FieldVal {
				e = x.X
				continue
			}
			id = x.Sel // pkg.Var
		case *ast.CallExpr:
			fn := typeutil.StaticCallee(info, x)
			if fn == nil || fn.Signature().Recv() != nil {
				return false
			}
			for _, a := range x.Args {
				if info.Types[a].Value == nil {
					return false
				}
			}
			return true
		default:
			return false
		}
		v, ok := info.Uses[id].(*types.Var)
		return ok && (v.Kind() == types.ParamVar || v.Kind() == types.RecvVar || v.Kind() == types.PackageVar)
	}
}
