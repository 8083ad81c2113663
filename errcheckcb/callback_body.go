package errcheckcb

import (
	"go/ast"

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
