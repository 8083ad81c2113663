package errcheckcb

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// The calls that both unchecked rules exempt by their form rather than by
// name (unchecked_exclude.go holds the exclusions by name): calls that
// cannot fail as written, given what they write to or their constant
// arguments.

// isHashWrite reports whether call is the Write method of a type that
// implements hash.Hash (Sum, Reset, Size, BlockSize too): hash.Hash's
// contract says its Write never returns an error, and third-party hashes
// (xxhash, highwayhash) keep it.
func isHashWrite(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Name() != "Write" {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	t := info.TypeOf(sel.X)
	if t == nil {
		return false
	}
	for _, name := range [...]string{"Sum", "Reset", "Size", "BlockSize"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, fn.Pkg(), name); obj == nil {
			return false
		} else if _, isFunc := obj.(*types.Func); !isFunc {
			return false
		}
	}
	return true
}

// isConstSetenv reports whether call is os.Setenv with a constant name
// that is valid (not empty, no "=" or NUL): it then fails only for a NUL in
// the value.
func isConstSetenv(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "os" || fn.Name() != "Setenv" || len(call.Args) != 2 {
		return false
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	key := constant.StringVal(tv.Value)
	return key != "" && !strings.ContainsAny(key, "=\x00")
}

// isUndoRead reports whether fn is an UnreadByte or UnreadRune method:
// undoing the read just made cannot fail (io.ByteScanner's contract).
func isUndoRead(fn *types.Func) bool {
	if fn.Name() != "UnreadByte" && fn.Name() != "UnreadRune" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && sig.Params().Len() == 0
}

// nextStmt returns the statement after the one on top of stack in its
// block, or nil.
func nextStmt(stack []ast.Node) ast.Stmt {
	if len(stack) < 2 {
		return nil
	}
	list := astutil.StmtList(stack[len(stack)-2])
	for i, st := range list {
		if st == stack[len(stack)-1] && i+1 < len(list) {
			return list[i+1]
		}
	}
	return nil
}

// printsToBuffer reports whether call prints into an in-memory buffer: a
// Print... or Fprint... function or method (a pretty-printer's, a
// formatter's) given a *bytes.Buffer or *strings.Builder, whose writes
// never fail.
func printsToBuffer(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if !strings.HasPrefix(fn.Name(), "Print") && !strings.HasPrefix(fn.Name(), "Fprint") {
		return false
	}
	for _, a := range call.Args {
		switch excludeArgName(info, a) {
		case "*bytes.Buffer", "*strings.Builder":
			return true
		}
	}
	return false
}

// optionNeverFails reports whether call applies a func value made by a
// function of this package (Env(nil)(r)) whose every return gives a
// function literal whose every return gives nil: an option that cannot
// fail.
func optionNeverFails(info *types.Info, call *ast.CallExpr, decls map[*types.Func]*ast.FuncDecl) bool {
	inner, ok := ast.Unparen(call.Fun).(*ast.CallExpr)
	if !ok {
		return false
	}
	maker := typeutil.StaticCallee(info, inner)
	if maker == nil {
		return false
	}
	decl := decls[maker.Origin()]
	if decl == nil || decl.Body == nil {
		return false
	}
	ok, lits := true, 0
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			lit, isLit := ast.Unparen(n.Results[0]).(*ast.FuncLit)
			if !isLit || !returnsOnlyNil(info, lit) {
				ok = false
			}
			lits++
		}
		return ok
	})
	return ok && lits > 0
}

// returnsOnlyNil reports whether every return of lit's own body gives nil
// for each of its error results.
func returnsOnlyNil(info *types.Info, lit *ast.FuncLit) bool {
	return everyResult(lit, func(r ast.Expr) bool {
		return !isErrorType(info.TypeOf(r)) || isNilIdent(info, r)
	})
}

// everyResult reports whether ok holds for every result of every return
// statement of lit's own body (not of the literals inside it).
func everyResult(lit *ast.FuncLit, ok func(ast.Expr) bool) bool {
	all := true
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				all = all && ok(r)
			}
		}
		return all
	})
	return all
}

// printDestWrite returns the method that fmt.Fprint, Fprintf, Fprintln or
// io.WriteString (its WriteString if it has one) calls on a destination of
// concrete type, or nil: when that method never fails (a TUI view that
// appends to its lines and returns nil, like lazygit's gocui views), the
// print cannot fail either.
func printDestWrite(info *types.Info, call *ast.CallExpr, fn *types.Func) *types.Func {
	if fn.Pkg() == nil || len(call.Args) == 0 {
		return nil
	}
	method := "Write"
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
	case "io.WriteString":
		method = "WriteString"
	default:
		return nil
	}
	t := info.TypeOf(call.Args[0])
	if t == nil || types.IsInterface(t) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, method)
	if obj == nil && method == "WriteString" {
		obj, _, _ = types.LookupFieldOrMethod(t, true, nil, "Write")
	}
	m, _ := obj.(*types.Func)
	return m
}
