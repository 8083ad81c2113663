package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// uncheckedFix returns the fix for an unchecked call in an expression
// statement of a function whose last result is error:
//
//	if err := call(); err != nil {
//		return zero..., err
//	}
//
// It is offered only where the result is sure to compile and be
// gofmt-clean: the statement starts its line, the call has exactly one
// error result and that can be compared with nil, and every zero value can
// be spelled at that point of the file.
func uncheckedFix(pass *analysis.Pass, s uncheckedStmt) (analysis.SuggestedFix, bool) {
	var none analysis.SuggestedFix
	stmt, ok := s.stmt.(*ast.ExprStmt)
	if !ok || s.frame == nil || s.frame.sig == nil {
		return none, false
	}
	info := pass.TypesInfo
	results := s.frame.sig.Results()
	n := results.Len()
	if n == 0 || !types.Identical(results.At(n-1).Type(), errorType) {
		return none, false
	}

	// The left-hand side: "err" at the error's position, "_" elsewhere.
	var lhs string
	switch t := info.TypeOf(s.call).(type) {
	case *types.Tuple:
		idx := -1
		for i := 0; i < t.Len(); i++ {
			if isErrorType(t.At(i).Type()) {
				if idx >= 0 {
					return none, false // two errors: which one to return?
				}
				idx = i
			}
		}
		if idx < 0 || !nilComparable(t.At(idx).Type()) {
			return none, false
		}
		names := make([]string, t.Len())
		for i := range names {
			names[i] = "_"
		}
		names[idx] = "err"
		lhs = strings.Join(names, ", ")
	case nil:
		return none, false
	default:
		if !nilComparable(t) {
			return none, false
		}
		lhs = "err"
	}

	// The zero values of the other results, spelled as the signature spells
	// their types.
	var ftype *ast.FuncType
	switch f := s.frame.node.(type) {
	case *ast.FuncDecl:
		ftype = f.Type
	case *ast.FuncLit:
		ftype = f.Type
	}
	if ftype == nil || ftype.Results == nil {
		return none, false
	}
	var typeExprs []ast.Expr
	for _, field := range ftype.Results.List {
		k := max(len(field.Names), 1)
		for range k {
			typeExprs = append(typeExprs, field.Type)
		}
	}
	if len(typeExprs) != n {
		return none, false
	}

	tf := pass.Fset.File(stmt.Pos())
	if tf == nil {
		return none, false
	}
	src, err := pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return none, false
	}
	text := func(node ast.Node) string { return string(src[tf.Offset(node.Pos()):tf.Offset(node.End())]) }

	var ret []string
	for i := 0; i < n-1; i++ {
		z, ok := zeroValue(pass.Pkg, info, results.At(i).Type(), typeExprs[i], stmt.Pos(), text)
		if !ok {
			return none, false
		}
		ret = append(ret, z)
	}
	ret = append(ret, "err")

	// The statement must start its line, so that the if statement can be
	// indented as it.
	start := tf.Offset(stmt.Pos())
	lineStart := tf.Offset(tf.LineStart(tf.Line(stmt.Pos())))
	indent := string(src[lineStart:start])
	if strings.TrimLeft(indent, " \t") != "" {
		return none, false
	}

	var b strings.Builder
	b.WriteString("if ")
	b.WriteString(lhs)
	b.WriteString(" := ")
	b.WriteString(text(s.call))
	b.WriteString("; err != nil {\n")
	b.WriteString(indent)
	b.WriteString("\treturn ")
	b.WriteString(strings.Join(ret, ", "))
	b.WriteString("\n")
	b.WriteString(indent)
	b.WriteString("}")
	return analysis.SuggestedFix{
		Message: "Check the error and return it",
		TextEdits: []analysis.TextEdit{{
			Pos:     stmt.Pos(),
			End:     stmt.End(),
			NewText: []byte(b.String()),
		}},
	}, true
}

// nilComparable reports whether a value of type t can be compared with nil
// (an error interface or a pointer to an error type).
func nilComparable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Interface, *types.Pointer:
		return true
	}
	return false
}

// zeroValue spells the zero value of t, whose type expression in the
// signature is expr, for use at pos. It fails where the spelling would not
// resolve to the same type at pos or would use the name err.
func zeroValue(pkg *types.Package, info *types.Info, t types.Type, expr ast.Expr, pos token.Pos, text func(ast.Node) string) (string, bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false", true
		case u.Info()&types.IsNumeric != 0:
			return "0", true
		case u.Info()&types.IsString != 0:
			return `""`, true
		case u.Kind() == types.UnsafePointer:
			return "nil", true
		}
		return "", false
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return "nil", true
	case *types.Interface:
		if _, ok := types.Unalias(t).(*types.TypeParam); ok {
			break
		}
		return "nil", true
	case *types.Struct, *types.Array:
		if _, ok := ast.Unparen(expr).(*ast.ParenExpr); ok || !resolvesSame(pkg, info, expr, pos) {
			return "", false
		}
		if _, ok := expr.(*ast.ParenExpr); ok {
			return "", false
		}
		return text(expr) + "{}", true
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		if !resolvesSame(pkg, info, expr, pos) {
			return "", false
		}
		return "*new(" + text(expr) + ")", true
	}
	return "", false
}

// resolvesSame reports whether every name in the type expression expr
// denotes at pos what it denotes where expr is written, and none is err.
func resolvesSame(pkg *types.Package, info *types.Info, expr ast.Expr, pos token.Pos) bool {
	ok := true
	ast.Inspect(expr, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			// Only the qualifier (a package name) is looked up in scope.
			ast.Inspect(n.X, func(m ast.Node) bool {
				if id, isID := m.(*ast.Ident); isID && !sameAt(pkg, info, id, pos) {
					ok = false
				}
				return ok
			})
			return false
		case *ast.Ident:
			if !sameAt(pkg, info, n, pos) {
				ok = false
			}
		case *ast.StructType, *ast.FuncType, *ast.InterfaceType:
			// Field names are not looked up; be conservative.
			ok = false
		}
		return ok
	})
	return ok
}

// sameAt reports whether id denotes the same object at pos, in package
// pkg, as where it is written.
func sameAt(pkg *types.Package, info *types.Info, id *ast.Ident, pos token.Pos) bool {
	if id.Name == "err" {
		return false
	}
	obj := info.Uses[id]
	if obj == nil || pkg == nil {
		return false
	}
	scope := pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, found := scope.LookupParent(id.Name, pos)
	return found == obj
}
