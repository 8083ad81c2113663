package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/astutil"
)

// How a callback's body ends: an explicit no-op, or a check of the error
// that carries on.

// cbIsStub reports whether a body is an explicit no-op: empty, or a single
// return statement that uses no parameter (return nil, return false, ...).
// Such a callback visibly ignores everything it is given.
func cbIsStub(body *ast.BlockStmt, readsParams bool) bool {
	switch len(body.List) {
	case 0:
		return true
	case 1:
		_, ok := body.List[0].(*ast.ReturnStmt)
		return ok && !readsParams
	}
	return false
}

// cbFallThroughIf returns the if statement of the callback body that holds
// the read of the error parameter at cur, when that statement is a check
// that carries on: a top-level if without else whose body neither
// returns, panics nor exits (if err != nil { log.Print(err) }). Otherwise
// it returns nil.
func cbFallThroughIf(cur inspector.Cursor, body *ast.BlockStmt) *ast.IfStmt {
	for cur.Valid() && cur.Node() != nil {
		parent := cur.Parent()
		if parent.Node() == body {
			ifs, ok := cur.Node().(*ast.IfStmt)
			if !ok || ifs.Else != nil || ifs.Init != nil || cbLeaves(ifs.Body) {
				return nil
			}
			return ifs
		}
		if _, ok := cur.Node().(*ast.FuncLit); ok {
			return nil
		}
		cur = parent
	}
	return nil
}

// cbLeaves reports whether a block may leave the function or the loop of
// the walk: a return, a panic, a goto, or a call that does not return
// (os.Exit, log.Fatal and friends, t.Fatal, runtime.Goexit) anywhere in it.
// Anything else falls through.
func cbLeaves(b *ast.BlockStmt) bool {
	leaves := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt, *ast.BranchStmt:
			leaves = true
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			switch astutil.CalleeName(n) {
			case "panic", "Exit", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Goexit", "FailNow", "Skip", "Skipf", "SkipNow":
				leaves = true
			}
		}
		return !leaves
	})
	return leaves
}

// cbNilErrGuarded reports whether the expression at cur runs only when
// the error parameter errVar is nil: it is the right operand of an &&
// whose left operand tests errVar == nil (if err == nil && !info.IsDir()),
// in the body of an if whose condition does, or in the else of
// if errVar != nil.
func cbNilErrGuarded(info *types.Info, cur inspector.Cursor, errVar *types.Var) bool {
	isNil := func(e ast.Expr) bool { return cbTestsErr(info, e, errVar, token.EQL) }
	isSet := func(e ast.Expr) bool { return cbTestsErr(info, e, errVar, token.NEQ) }
	return cbRunsOnlyIf(cur, isNil, isSet)
}

// cbErrOnly reports whether the expression at cur runs only when the
// error parameter errVar is not nil: the right operand of an && whose left
// operand tests errVar != nil (if err != nil && info.IsDir()), or in the
// body of an if whose condition does. Where the caller passes a nil value
// with the error, such a use always panics.
func cbErrOnly(info *types.Info, cur inspector.Cursor, errVar *types.Var) bool {
	return cbRunsOnlyIf(cur, func(e ast.Expr) bool { return cbAllTest(info, e, errVar) }, nil)
}

// cbRunsOnlyIf reports whether the expression at cur, inside its function,
// runs only when a condition cond accepts is true: it is the right operand
// of an && whose left operand cond accepts, or in the body of an if whose
// condition cond accepts, or in the else of an if whose condition
// elseCond (if not nil) accepts.
func cbRunsOnlyIf(cur inspector.Cursor, cond, elseCond func(ast.Expr) bool) bool {
	for ; cur.Valid() && cur.Node() != nil; cur = cur.Parent() {
		switch parent := cur.Parent().Node().(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if cur.ParentEdgeKind() == edge.BinaryExpr_Y && parent.Op == token.LAND && cond(parent.X) {
				return true
			}
		case *ast.IfStmt:
			switch cur.ParentEdgeKind() {
			case edge.IfStmt_Body:
				if cond(parent.Cond) {
					return true
				}
			case edge.IfStmt_Else:
				if elseCond != nil && elseCond(parent.Cond) {
					return true
				}
			}
		}
	}
	return false
}

// cbAllTest reports whether e, or an operand of the && it is, tests
// errVar != nil: e true implies errVar is set.
func cbAllTest(info *types.Info, e ast.Expr, errVar *types.Var) bool {
	if be, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && be.Op == token.LAND {
		return cbAllTest(info, be.X, errVar) || cbAllTest(info, be.Y, errVar)
	}
	return cbTestsErr(info, e, errVar, token.NEQ)
}

// cbTestsErr reports whether e is errVar op nil, or an && of which one
// operand is (op == token.EQL only: err != nil && x is no guard).
func cbTestsErr(info *types.Info, e ast.Expr, errVar *types.Var, op token.Token) bool {
	be, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if be.Op == token.LAND && op == token.EQL {
		return cbTestsErr(info, be.X, errVar, op) || cbTestsErr(info, be.Y, errVar, op)
	}
	if be.Op != op {
		return false
	}
	isErr := func(x ast.Expr) bool {
		id, ok := ast.Unparen(x).(*ast.Ident)
		return ok && info.Uses[id] == errVar
	}
	return isErr(be.X) && isNilIdent(info, be.Y) || isErr(be.Y) && isNilIdent(info, be.X)
}
