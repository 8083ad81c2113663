package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// checkEmptyBranch reports errors checked and then swallowed by an empty
// branch, "if err != nil {}", unless a comment says why
// (errcheckcb/empty-branch).
func checkEmptyBranch(pass *analysis.Pass, s *shared) {
	var comments reasonComments
	s.inspect.WithStack([]ast.Node{(*ast.File)(nil), (*ast.IfStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.File:
			comments.reset(pass.Fset, n)
		case *ast.IfStmt:
			if swallows(pass.TypesInfo, n) && !emptyBranchReason(pass.Fset, &comments, n) && !s.fromNeverFailing(pass.TypesInfo, n, stack) {
				pass.Reportf(n.Body.Lbrace, "the error is checked and then swallowed by an empty branch, so a failure goes unnoticed; handle it, or say why in a comment inside the braces")
			}
		}
		return true
	})
}

// fromNeverFailing reports whether the error the if n (on top of stack)
// tests was assigned, in its init or by the statement just before it, the
// result of a call of a function of this module that never fails (see
// internal/nofail): the branch cannot run, nothing is swallowed
// (asciichgolangpublic's GetNativeNamespace returns nil on every path).
func (s *shared) fromNeverFailing(info *types.Info, n *ast.IfStmt, stack []ast.Node) bool {
	assign, _ := n.Init.(*ast.AssignStmt)
	if assign == nil && len(stack) >= 2 {
		list := astutil.StmtList(stack[len(stack)-2])
		for i, st := range list {
			if st == n && i > 0 {
				assign, _ = list[i-1].(*ast.AssignStmt)
			}
		}
	}
	if assign == nil || len(assign.Rhs) != 1 {
		return false
	}
	tested, ok := ast.Unparen(errorNotNil(info, n.Cond)).(*ast.Ident)
	assigns := func(l ast.Expr) bool {
		id, ok := ast.Unparen(l).(*ast.Ident)
		return ok && info.ObjectOf(id) == info.ObjectOf(tested)
	}
	if !ok || !slices.ContainsFunc(assign.Lhs, assigns) {
		return false // the if tests another error than the one assigned
	}
	call, ok := ast.Unparen(assign.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typeutil.StaticCallee(info, call)
	return fn != nil && s.nofail.NeverFails(fn.Origin())
}

// swallows reports whether n is "if err != nil {}" (or "nil != err") with
// nothing inside the braces, err an error.
func swallows(info *types.Info, n *ast.IfStmt) bool {
	if len(n.Body.List) != 0 {
		return false
	}
	cond, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.NEQ {
		return false
	}
	x := cond.X
	if isNilIdent(info, x) {
		x = cond.Y
	} else if !isNilIdent(info, cond.Y) {
		return false
	}
	t := info.TypeOf(x)
	return t != nil && types.Identical(t, errorType)
}

// emptyBranchReason reports whether a comment inside the braces of n, or
// on the lines of the if up to its closing brace, gives a reason.
func emptyBranchReason(fset *token.FileSet, comments *reasonComments, n *ast.IfStmt) bool {
	return comments.betweenReason(n.Body.Lbrace, n.Body.Rbrace) ||
		comments.linesReason(fset.Position(n.Pos()).Line, fset.Position(n.Body.Rbrace).Line)
}
