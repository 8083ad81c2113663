package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/nofail"
)

// checkBlank reports errors assigned to the blank identifier unless a
// comment says why (errcheckcb/blank).
func checkBlank(pass *analysis.Pass, s *shared) {
	if s.testSupport {
		return
	}
	b := &blankChecker{pass: pass, inspect: s.inspect, nofail: s.nofail}
	filter := []ast.Node{(*ast.File)(nil), (*ast.AssignStmt)(nil), (*ast.GenDecl)(nil)}
	s.inspect.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.File:
			b.comments.reset(pass.Fset, n)
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
				b.assign(n, n.Lhs, n.Rhs, stack)
			}
		case *ast.GenDecl:
			if n.Tok != token.VAR {
				return true
			}
			for _, spec := range n.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok {
					continue
				}
				var stmt ast.Node = vs
				if !n.Lparen.IsValid() {
					stmt = n // var _ = f(): the statement starts at "var"
				}
				for _, name := range vs.Names {
					if name.Name == "_" {
						lhs := make([]ast.Expr, len(vs.Names)) // rare: var with a blank
						for i, name := range vs.Names {
							lhs[i] = name
						}
						b.assign(stmt, lhs, vs.Values, stack)
						break
					}
				}
			}
		}
		return true
	})
}

func (b *blankChecker) report(pos token.Pos, fn *types.Func) {
	what := "the error"
	if fn != nil {
		what = "the error from " + cbFuncName(fn)
	}
	b.pass.Reportf(pos, "%s is assigned to _ without a reason, so a failure goes unnoticed; handle it, or say why in a comment on this line or the line above",
		what)
}

func (b *blankChecker) loadExcludes() {
	if !b.excludesLoaded {
		b.excludes = uncheckedExclusions()
		b.excludesLoaded = true
	}
}

type blankChecker struct {
	pass    *analysis.Pass
	inspect *inspector.Inspector
	nofail  *nofail.Result

	// The exclusions of the unchecked rules, loaded on first need.
	excludes       map[string]bool
	excludesLoaded bool

	comments reasonComments // the current file's
}

func (b *blankChecker) isError(t types.Type) bool {
	return t != nil && types.Identical(t, errorType)
}

// blankResult returns, when lhs[i] is the blank identifier, it and the call
// whose result it takes with that result's type (call nil when the value is
// not a call's result: a map lookup, a type assertion, a receive).
func blankResult(info *types.Info, lhs, rhs []ast.Expr, i int) (*ast.Ident, *ast.CallExpr, types.Type) {
	id, ok := lhs[i].(*ast.Ident)
	if !ok || id.Name != "_" {
		return nil, nil, nil
	}
	var call *ast.CallExpr
	var t types.Type
	switch {
	case len(lhs) == len(rhs):
		call, _ = ast.Unparen(rhs[i]).(*ast.CallExpr)
		if call != nil {
			t = info.TypeOf(call)
		}
	case len(rhs) == 1:
		call, _ = ast.Unparen(rhs[0]).(*ast.CallExpr)
		if call != nil {
			if tuple, ok := info.TypeOf(call).(*types.Tuple); ok && i < tuple.Len() {
				t = tuple.At(i).Type()
			}
		}
	}
	return id, call, t
}

// assign checks lhs = rhs (or :=, or var) for blanks that take an error
// result of a call.
func (b *blankChecker) assign(stmt ast.Node, lhs, rhs []ast.Expr, stack []ast.Node) {
	info := b.pass.TypesInfo
	for i := range lhs {
		id, call, t := blankResult(info, lhs, rhs, i)
		if id == nil {
			continue
		}
		if call == nil || !b.isError(t) {
			continue // not a call's error: a map lookup, type assertion, receive, or a variable
		}
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			continue // a conversion to error
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn != nil && b.needsNoReason(call, fn, stack) {
			return
		}
		if blankAll(lhs) && (!ruleUncheckedAny.Enabled() || onErrorPath(info, stack)) {
			// The explicit form of the bare call f(), which only
			// errcheckcb/unchecked-any reports in general (its lossy
			// forms are errcheckcb/blank-lossy's and blank-close's):
			// _ = f() must not be the worse choice.
			return
		}
		if b.comments.stmtReason(stmt) {
			return
		}
		if prevEnd, doc := stmtContext(stack); b.comments.nearReason(stmt, prevEnd, doc) {
			return
		}
		b.report(id.Pos(), fn)
		return // one report per statement
	}
}

// blankAll reports whether every left-hand side is the blank identifier:
// then the statement could as well be the bare call.
func blankAll(lhs []ast.Expr) bool {
	for _, l := range lhs {
		if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}
