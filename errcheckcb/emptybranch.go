package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// checkEmptyBranch reports errors checked and then swallowed by an empty
// branch, "if err != nil {}", unless a comment says why
// (errcheckcb/empty-branch).
func checkEmptyBranch(pass *analysis.Pass, s *shared) {
	var comments reasonComments
	s.inspect.Preorder([]ast.Node{(*ast.File)(nil), (*ast.IfStmt)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.File:
			comments.reset(pass.Fset, n)
		case *ast.IfStmt:
			if swallows(pass.TypesInfo, n) && !emptyBranchReason(pass.Fset, &comments, n) {
				pass.Reportf(n.Body.Lbrace, "the error is checked and then swallowed by an empty branch, so a failure goes unnoticed; handle it, or say why in a comment inside the braces")
			}
		}
	})
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
