package errcheckcb

import (
	"go/ast"
	"go/types"
)

// uncheckedFrame is a function body being walked: a declaration or a
// literal.
type uncheckedFrame struct {
	node ast.Node         // *ast.FuncDecl or *ast.FuncLit
	sig  *types.Signature // nil without type information
}

// deferringFrame returns, for a statement (on top of stack) in the body of
// a function literal that a defer statement calls, the frame of the
// function around the defer; nil elsewhere. frames ends with the literal's.
func deferringFrame(stack []ast.Node, frames []*uncheckedFrame) *uncheckedFrame {
	for i := len(stack) - 1; i >= 2; i-- {
		lit, ok := stack[i].(*ast.FuncLit)
		if !ok {
			continue
		}
		call, _ := stack[i-1].(*ast.CallExpr)
		def, _ := stack[i-2].(*ast.DeferStmt)
		if call == nil || def == nil || def.Call != call || call.Fun != lit || len(frames) < 2 {
			return nil
		}
		return frames[len(frames)-2]
	}
	return nil
}

// canReturnError reports whether the function around a statement has an
// error as its last result, so that it could pass a dropped error on.
func canReturnError(fr *uncheckedFrame) bool {
	if fr == nil || fr.sig == nil {
		return false
	}
	res := fr.sig.Results()
	return res.Len() > 0 && isErrorType(res.At(res.Len()-1).Type())
}

// fn returns the frame's function, nil for a nil frame (package level).
func (fr *uncheckedFrame) fn() ast.Node {
	if fr == nil {
		return nil
	}
	return fr.node
}
