package debugprint

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// A printCall is a call of a reported function, as the walk found it.
type printCall struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	kind kind
	fn   *types.Func // the function called; nil for a builtin
	name string      // how messages name the call: builtin println, fmt.Fprintln(os.Stderr, ...)

	reported bool // a rule reported it
	// Set by dumpReason: p prints constants only; they are a heading.
	constant, heading bool
}

// classify returns the print that call is, when it calls a function of a
// kind that an enabled rule examines (a write through fmt, io or os only
// when it goes to os.Stdout or os.Stderr).
func (c *checker) classify(cur inspector.Cursor, call *ast.CallExpr) (printCall, bool) {
	info := c.pass.TypesInfo
	var id *ast.Ident
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return printCall{}, false
	}
	if b, ok := info.Uses[id].(*types.Builtin); ok {
		if (b.Name() != "print" && b.Name() != "println") || !c.kinds.has(kindBuiltin) {
			return printCall{}, false
		}
		return printCall{cur: cur, call: call, kind: kindBuiltin, name: "builtin " + b.Name()}, true
	}
	fn, ok := info.Uses[id].(*types.Func)
	if !ok {
		return printCall{}, false
	}
	k, ok := c.targets[fn.Origin()]
	if !ok || !c.kinds.has(k) {
		return printCall{}, false
	}
	name := displayName(fn)
	switch k {
	case kindWriterArg:
		if len(call.Args) == 0 {
			return printCall{}, false
		}
		stream := stdStream(info, call.Args[0])
		if stream == "" {
			return printCall{}, false
		}
		name += "(os." + stream + ", ...)"
	case kindStreamMethod:
		sel, ok := fun.(*ast.SelectorExpr)
		if !ok {
			return printCall{}, false
		}
		stream := stdStream(info, sel.X)
		if stream == "" {
			return printCall{}, false
		}
		name = "os." + stream + "." + fn.Name()
	}
	return printCall{cur: cur, call: call, kind: k, fn: fn, name: name}, true
}

// stdStream returns "Stdout" or "Stderr" when e denotes os.Stdout or
// os.Stderr, and "" otherwise.
func stdStream(info *types.Info, e ast.Expr) string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg().Path() != "os" || v.Parent() != v.Pkg().Scope() {
		return ""
	}
	if name := v.Name(); name == "Stdout" || name == "Stderr" {
		return name
	}
	return ""
}
