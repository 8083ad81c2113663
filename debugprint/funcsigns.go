package debugprint

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// printingWords are the words of a function name that say printing is the
// function's job.
var printingWords = map[string]bool{
	"print": true, "printf": true, "println": true, "printer": true, "dump": true, "dumper": true,
	"debug": true, "debugf": true, "logger": true, "tracer": true,
	"trace": true, "tracef": true, "usage": true, "help": true, "log": true, "logf": true,
	"warn": true, "warnf": true, "warning": true, "show": true, "display": true,
	"report": true, "error": true, "errorf": true, "prompt": true,
}

// printingName reports whether a function's name says it prints.
func printingName(name string) bool { return hasWord(name, printingWords) }

// funcLitName returns the name of the variable or field a function literal
// is assigned to (print := func(...) {...}, o.Printer = func..., Options{
// Printer: func...}), or "".
func funcLitName(lit inspector.Cursor) string {
	switch p := lit.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, rhs := range p.Rhs {
				if rhs == lit.Node() {
					switch lhs := p.Lhs[i].(type) {
					case *ast.Ident:
						return lhs.Name
					case *ast.SelectorExpr:
						return lhs.Sel.Name
					}
				}
			}
		}
	case *ast.KeyValueExpr:
		if id, ok := p.Key.(*ast.Ident); ok && p.Value == lit.Node() {
			return id.Name
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == lit.Node() && i < len(p.Names) {
				return p.Names[i].Name
			}
		}
	}
	return ""
}

// outputVerbs are the words of a doc comment that say the function
// prints: "CheckAccount shows information about an account", "Prompt
// displays the given prompt", "writes the table to stdout".
var outputVerbs = map[string]bool{
	"prints": true, "displays": true, "shows": true, "outputs": true, "reports": true, "dumps": true,
	"stdout": true, "stderr": true, "console": true, "terminal": true,
}

// documentsOutput reports whether a function's doc comment says that it
// prints, and does not call its prints debugging ("the prints were left
// over from debugging").
func documentsOutput(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	return speaksOf(doc.Text(), outputVerbs)
}

// isWriterMethod reports whether fn is a method of an io.Writer (its type
// has Write([]byte) (int, error)): the sink of a logger or a progress
// display, which cannot report through itself.
func isWriterMethod(info *types.Info, fn *ast.FuncDecl) bool {
	if fn.Recv == nil || len(fn.Recv.List) != 1 {
		return false
	}
	recv := info.TypeOf(fn.Recv.List[0].Type)
	if recv == nil {
		return false
	}
	if _, ok := recv.(*types.Pointer); !ok {
		recv = types.NewPointer(recv)
	}
	obj, _, _ := types.LookupFieldOrMethod(recv, true, nil, "Write")
	m, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := m.Type().(*types.Signature)
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	p, ok := sig.Params().At(0).Type().Underlying().(*types.Slice)
	return ok && types.Identical(p.Elem(), types.Typ[types.Byte]) &&
		types.Identical(sig.Results().At(0).Type(), types.Typ[types.Int]) &&
		types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

// onlyPrints reports whether fn, which is not an init function and has no
// results, has no effect but its prints: its statements are prints,
// assignments to its own variables and control flow around them (afero's
// MemMapFs.List prints the files, a generator prints what it built). What it
// prints is then its purpose.
func onlyPrints(info *types.Info, fn *ast.FuncDecl) bool {
	if fn.Name.Name == "init" || fn.Type.Results.NumFields() > 0 || fn.Body == nil {
		return false
	}
	local := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		if id.Name == "_" {
			return true
		}
		obj := info.ObjectOf(id)
		return obj != nil && fn.Body.Pos() <= obj.Pos() && obj.Pos() < fn.Body.End()
	}
	var stmtsOK func([]ast.Stmt) bool
	stmtOK := func(s ast.Stmt) bool {
		switch s := s.(type) {
		case *ast.ExprStmt:
			call, ok := ast.Unparen(s.X).(*ast.CallExpr)
			if !ok {
				return false
			}
			f, ok := typeutil.Callee(info, call).(*types.Func)
			return ok && f.Pkg() != nil && f.Pkg().Path() == "fmt" &&
				(strings.HasPrefix(f.Name(), "Print") || strings.HasPrefix(f.Name(), "Fprint") && len(call.Args) > 0 && stdStream(info, call.Args[0]) != "")
		case *ast.AssignStmt:
			for _, lhs := range s.Lhs {
				if !local(lhs) {
					return false
				}
			}
			return true
		case *ast.IncDecStmt:
			return local(s.X)
		case *ast.DeclStmt, *ast.EmptyStmt, *ast.BranchStmt:
			return true
		case *ast.ReturnStmt:
			return len(s.Results) == 0
		case *ast.BlockStmt:
			return stmtsOK(s.List)
		case *ast.IfStmt:
			return (s.Init == nil || stmtsOK([]ast.Stmt{s.Init})) && stmtsOK(s.Body.List) && (s.Else == nil || stmtsOK([]ast.Stmt{s.Else}))
		case *ast.ForStmt:
			return (s.Init == nil || stmtsOK([]ast.Stmt{s.Init})) && (s.Post == nil || stmtsOK([]ast.Stmt{s.Post})) && stmtsOK(s.Body.List)
		case *ast.RangeStmt:
			return (s.Key == nil || local(s.Key)) && (s.Value == nil || local(s.Value)) && stmtsOK(s.Body.List)
		}
		return false
	}
	stmtsOK = func(list []ast.Stmt) bool {
		for _, s := range list {
			if !stmtOK(s) {
				return false
			}
		}
		return true
	}
	return stmtsOK(fn.Body.List)
}

// speaksToUser reports whether body also prints a message that
// userMessage recognises ("error: ...", "pkg: ..."): the function is a
// reporter, and its other prints belong to the same output.
func speaksToUser(info *types.Info, pkg *types.Package, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
			return true
		}
		switch fn.Name() {
		case "Print", "Printf", "Println":
			found = userMessage(info, pkg, call, 0)
		case "Fprint", "Fprintf", "Fprintln":
			found = len(call.Args) > 0 && stdStream(info, call.Args[0]) != "" && userMessage(info, pkg, call, 1)
		}
		return !found
	})
	return found
}
