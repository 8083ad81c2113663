package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// onErrorPath reports whether the statement on top of stack sits in a block
// that ends by returning an error or by panicking, directly or through
// enclosing if statements: cleanup there (a Close before "return err") has
// nothing to add, the caller already learns of a failure.
func onErrorPath(info *types.Info, stack []ast.Node) bool {
	nilCheck := false // passed through the body of an "if x != nil"
	for i := len(stack) - 2; i >= 0; i-- {
		list := astutil.StmtList(stack[i]) // never empty: it holds stack[i+1]
		if list == nil {
			return false
		}
		var ifStmt *ast.IfStmt
		if i >= 1 {
			ifStmt, _ = stack[i-1].(*ast.IfStmt)
		}
		if ifStmt != nil && ifStmt.Body == stack[i] && comparesWithNil(ifStmt.Cond) {
			nilCheck = true
		}
		if len(list) > 0 && endsWithFailure(info, list[len(list)-1], nilCheck) {
			return true
		}
		if ifStmt != nil && ifStmt.Body == stack[i] && handsOnAndReturns(info, ifStmt.Cond, list) {
			return true
		}
		// Climb out of an if (or else) body to the block around the if.
		if ifStmt == nil || i < 2 {
			return false
		}
		i--
		for i-1 >= 0 {
			if _, ok := stack[i-1].(*ast.IfStmt); !ok { // else if chains
				break
			}
			i--
		}
	}
	return false
}

// inFailureBranch reports whether the statement on top of stack sits
// directly in the body of an if that finds an error not nil: a Close there
// gives up a file after another call failed (a rename, a write), whatever
// the function does next, so its own failure loses nothing more
// (readline's history rewrite, crowdsec's notification file).
func inFailureBranch(info *types.Info, stack []ast.Node) bool {
	if len(stack) < 3 {
		return false
	}
	ifStmt, ok := stack[len(stack)-3].(*ast.IfStmt)
	if !ok || ifStmt.Body != stack[len(stack)-2] {
		return false
	}
	x := errorNotNil(info, ifStmt.Cond)
	return x != nil && isErrorType(info.TypeOf(x))
}

// comparesWithNil reports whether cond is "x != nil" (perhaps among
// others joined by && or ||).
func comparesWithNil(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND, token.LOR:
		return comparesWithNil(b.X) || comparesWithNil(b.Y)
	case token.NEQ:
		isNil := func(e ast.Expr) bool { id, ok := ast.Unparen(e).(*ast.Ident); return ok && id.Name == "nil" }
		return isNil(b.X) || isNil(b.Y)
	}
	return false
}

// endsWithFailure reports whether s panics or returns an error that is
// surely not nil: a sentinel, a constructed error, or a variable just
// found not nil (nilCheck).
func endsWithFailure(info *types.Info, s ast.Stmt, nilCheck bool) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		for _, r := range s.Results {
			if isNilIdent(info, r) || !isErrorType(info.TypeOf(r)) {
				continue
			}
			switch r := ast.Unparen(r).(type) {
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(info, r).(*types.Func); ok {
					switch fn.Name() {
					case "New", "Errorf", "Join", "Wrap", "Wrapf", "WithMessage", "WithStack":
						return true
					}
				}
			case *ast.Ident:
				if v, ok := info.Uses[r].(*types.Var); ok && (nilCheck || v.Pkg() != nil && v.Parent() == v.Pkg().Scope()) {
					return true
				}
			case *ast.SelectorExpr: // pkg.ErrX
				if _, ok := info.Uses[r.Sel].(*types.Var); ok {
					return true
				}
			case *ast.CompositeLit, *ast.UnaryExpr:
				return true
			}
		}
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
					return true
				}
			}
		}
	}
	return false
}

// handsOnAndReturns reports whether list, the body of an if whose condition
// finds an error variable not nil, uses that variable (sends it on a
// channel, logs it, stores it) and ends with a return: a function that has
// handed its failure on and is giving up, as "if err != nil { errs <- err;
// w.Close(); return }" or "{ out.Close(); log(err); return "" }" does.
func handsOnAndReturns(info *types.Info, cond ast.Expr, list []ast.Stmt) bool {
	if _, ok := list[len(list)-1].(*ast.ReturnStmt); !ok || len(list) < 2 {
		return false
	}
	x := errorNotNil(info, cond) // not err != io.EOF, which holds for a nil err too
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || !isErrorType(info.TypeOf(id)) {
		return false
	}
	v := info.Uses[id]
	if v == nil {
		return false
	}
	used := false
	for _, st := range list[:len(list)-1] {
		ast.Inspect(st, func(n ast.Node) bool {
			if use, ok := n.(*ast.Ident); ok && info.Uses[use] == v {
				if as, ok := st.(*ast.AssignStmt); !ok || !assigns(as, v, info) {
					used = true
				}
			}
			return !used
		})
		if used {
			return true
		}
	}
	return false
}

// assigns reports whether as assigns v (an "err = f()" that reuses the
// variable is not a hand-off of the error it held).
func assigns(as *ast.AssignStmt, v types.Object, info *types.Info) bool {
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && info.ObjectOf(id) == v {
			return true
		}
	}
	return false
}

// droppedMethodCounts counts, per written file, the calls of its method
// (Close, Sync) among found (the statements that drop an error): a file's
// other calls of it check their error.
func droppedMethodCounts(info *types.Info, found []uncheckedStmt, files *openFiles, method string) map[types.Object]int {
	n := make(map[types.Object]int)
	for _, st := range found {
		fn, _ := typeutil.Callee(info, st.call).(*types.Func)
		if fn == nil {
			continue
		}
		if recv := methodReceiver(info, st.call, fn, method); recv != nil && files.written[recv] {
			n[recv]++
		}
	}
	return n
}

// signalsFailure reports whether the function around a statement has
// results and hands a failure on through them, though none is an error:
// one of its own returns ends the body of an "if err != nil" (err of type
// error) and gives results (return "" for a download's local path).
// A deferred Close of a written file there loses a failure the function
// could have reported.
func signalsFailure(info *types.Info, fr *uncheckedFrame) bool {
	if fr == nil || fr.sig == nil || fr.sig.Results().Len() == 0 {
		return false
	}
	body := astutil.FuncBody(fr.node)
	if body == nil {
		return false
	}
	return astutil.Contains(body, func(n ast.Node) bool {
		ifStmt, ok := n.(*ast.IfStmt)
		if !ok || len(ifStmt.Body.List) == 0 {
			return false
		}
		if x := errorNotNil(info, ifStmt.Cond); x == nil || !isErrorType(info.TypeOf(x)) {
			return false
		}
		ret, ok := ifStmt.Body.List[len(ifStmt.Body.List)-1].(*ast.ReturnStmt)
		return ok && len(ret.Results) > 0
	})
}

// errorNotNil returns x when cond is "x != nil" or "nil != x", else nil.
func errorNotNil(info *types.Info, cond ast.Expr) ast.Expr {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	switch {
	case !ok || b.Op != token.NEQ:
		return nil
	case isNilIdent(info, b.X):
		return b.Y
	case isNilIdent(info, b.Y):
		return b.X
	}
	return nil
}
