// Package astutil holds small syntax helpers that more than one analyzer
// needs.
package astutil

import "go/ast"

// StmtList returns the statements directly inside a block-like node: a
// block, a switch or type-switch case, or a select case. For any other node
// it returns nil.
func StmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}
