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

// gatedIf reports whether the body of the if statement n runs only as a
// runtime switch says: its condition reads one (isSwitch), or it is the
// bool its init statement sets from the environment (if _, ok :=
// os.LookupEnv("TRACE"); ok).
func gatedIf(info *types.Info, n *ast.IfStmt) bool {
	if isSwitch(info, n.Cond, false) {
		return true
	}
	init, ok := n.Init.(*ast.AssignStmt)
	cond := identOf(n.Cond)
	if !ok || cond == nil || len(init.Rhs) != 1 || !readsEnv(info, init.Rhs[0]) {
		return false
	}
	for _, lhs := range init.Lhs {
		if id := identOf(lhs); id != nil && info.Defs[id] != nil && info.Defs[id] == info.Uses[cond] {
			return true
		}
	}
	return false
}

// isSwitch reports whether the body of an if with condition cond (negated
// when neg) runs only as a runtime switch says: cond is constant false, or
// it reads a switch (switchOperand), possibly negated, that && requires
// (found && verbose) or that every operand of || is (debug || trace).
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
	return !neg && isFalse(info, cond) || switchOperand(info, cond) || readsEnv(info, cond)
}

// switchOperand reports whether e is a bool that the code around does not
// compute: a parameter or receiver of the enclosing function, a
// package-level variable, or a field path rooted at one (printDiff,
// a.Config.PrintCSR, debugCodec, cfg.Verbose), or a function's answer to
// constant arguments (queriesState). A local variable is logic.
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
			return queriesState(info, x)
		default:
			return false
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return false
		}
		switch v.Kind() {
		case types.ParamVar, types.RecvVar, types.PackageVar:
			return true
		}
		return false
	}
}

// queriesState reports whether call calls a function, not a method, with
// constant arguments only: what it returns comes from the package's state
// or the environment, as a package variable's value does
// (debug.FlagSet("packet"), tracing()).
func queriesState(info *types.Info, call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Signature().Recv() != nil {
		return false
	}
	for _, a := range call.Args {
		if tv, ok := info.Types[a]; !ok || tv.Value == nil {
			return false
		}
	}
	return true
}

// readsEnv reports whether e calls os.Getenv or os.LookupEnv: the switch is
// the process's environment (os.Getenv("APP_DEBUG") != "").
func readsEnv(info *types.Info, e ast.Expr) bool {
	return astutil.Contains(e, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		return ok && fn.Pkg() != nil && fn.Pkg().Path() == "os" && (fn.Name() == "Getenv" || fn.Name() == "LookupEnv")
	})
}

// calledGated reports whether the function declared at fd is unexported,
// called, and referred to only by calls in the body of an if whose
// condition reads a switch, in the function around the call: fpdf's
// writeBytes, which its caller runs under `if !eq && printDiff`. One
// level of callers is looked at. The answer is kept per function.
func (c *checker) calledGated(fd inspector.Cursor) bool {
	fn, ok := c.pass.TypesInfo.Defs[fd.Node().(*ast.FuncDecl).Name].(*types.Func)
	if !ok || fn.Exported() {
		return false
	}
	if gated, ok := c.gatedFuncs[fn]; ok {
		return gated
	}
	gated := false
	root := fd.Inspector().Root()
	for id, obj := range c.pass.TypesInfo.Uses {
		if obj != fn {
			continue
		}
		cur, ok := root.FindByPos(id.Pos(), id.End())
		if ok && cur.ParentEdgeKind() == edge.SelectorExpr_Sel {
			cur = cur.Parent()
		}
		if gated = ok && cur.ParentEdgeKind() == edge.CallExpr_Fun && c.inSwitchBody(cur); !gated {
			break
		}
	}
	if c.gatedFuncs == nil {
		c.gatedFuncs = make(map[*types.Func]bool)
	}
	c.gatedFuncs[fn] = gated
	return gated
}

// inSwitchBody reports whether cur is in the body of an if whose condition
// reads a switch, in its function (through function literals).
func (c *checker) inSwitchBody(cur inspector.Cursor) bool {
	child := cur
	for enc := range cur.Enclosing((*ast.IfStmt)(nil), (*ast.BlockStmt)(nil), (*ast.FuncDecl)(nil)) {
		switch n := enc.Node().(type) {
		case *ast.IfStmt:
			if child.Node() == n.Body && gatedIf(c.pass.TypesInfo, n) {
				return true
			}
		case *ast.FuncDecl:
			return false
		}
		child = enc
	}
	return false
}
