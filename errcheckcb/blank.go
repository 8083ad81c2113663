package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// checkBlank reports errors assigned to the blank identifier unless a
// comment says why (errcheckcb/blank).
func checkBlank(pass *analysis.Pass, s *shared) {
	if s.testSupport {
		return
	}
	b := &blankChecker{pass: pass, inspect: s.inspect, module: s.module}
	filter := []ast.Node{(*ast.File)(nil), (*ast.AssignStmt)(nil), (*ast.GenDecl)(nil),
		(*ast.ExprStmt)(nil), (*ast.GoStmt)(nil), (*ast.DeferStmt)(nil)}
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
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				b.countDrop(call)
			}
		case *ast.GoStmt:
			b.countDrop(n.Call)
		case *ast.DeferStmt:
			b.countDrop(n.Call)
		}
		return true
	})
	b.reportPending()
}

// countDrop counts a statement that drops the error of a call of a
// function of this module.
func (b *blankChecker) countDrop(call *ast.CallExpr) {
	if !dropsError(b.pass.TypesInfo, call) {
		return
	}
	if fn := b.moduleCallee(call); fn != nil {
		b.drops[fn]++
	}
}

// moduleCallee returns the statically called function of this module, or nil.
func (b *blankChecker) moduleCallee(call *ast.CallExpr) *types.Func {
	fn := typeutil.StaticCallee(b.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	b.loadExcludes()
	fn = fn.Origin()
	if !inModule(b.pass, fn, b.module) {
		return nil
	}
	if b.drops == nil {
		b.drops = make(map[*types.Func]int)
	}
	return fn
}

// reportPending reports the blanks that discard every result of a call of
// this module's own functions, except, as errcheckcb/unchecked does,
// for a function whose error this package drops at two or more call sites
// and checks at none: by the author's own practice its error is advisory.
func (b *blankChecker) reportPending() {
	if len(b.pending) == 0 {
		return
	}
	uses := make(map[types.Object]int, len(b.drops))
	for _, obj := range b.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok {
			if _, ok := b.drops[fn.Origin()]; ok {
				uses[fn.Origin()]++
			}
		}
	}
	for _, p := range b.pending {
		if n := b.drops[p.fn]; n >= 2 && uses[p.fn] <= n {
			continue
		}
		b.report(p.pos, p.fn)
	}
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
	module  string // see passModule

	// The exclusions of errcheckcb/unchecked, loaded on first need.
	excludes       map[string]bool
	excludesLoaded bool

	// Blanks discarding every result of a call of this module's own
	// functions, decided at the end; and the statements and blanks that
	// drop each such function's error.
	pending []blankPending
	drops   map[*types.Func]int

	comments reasonComments // the current file's
}

type blankPending struct {
	pos token.Pos
	fn  *types.Func
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
		all := blankAll(lhs)
		var own *types.Func // a function of this module whose every result is discarded
		if all {
			if own = b.moduleCallee(call); own != nil {
				b.drops[own]++
			}
		}
		if fn != nil && b.needsNoReason(call, fn, stack) {
			return
		}
		if all && (!b.statementReported(fn, stack) || b.ownPlumbing(call, fn)) {
			return // the bare call f() would not be reported: _ = f() must not be the worse choice
		}
		if b.comments.stmtReason(stmt) {
			return
		}
		if prevEnd, doc := stmtContext(stack); b.comments.nearReason(stmt, prevEnd, doc) {
			return
		}
		if own != nil {
			b.pending = append(b.pending, blankPending{id.Pos(), own})
			return
		}
		b.report(id.Pos(), fn)
		return // one report per statement
	}
}

// ownPlumbing reports whether call is one that errcheckcb/unchecked leaves
// alone as the package's own plumbing: an unexported function or a method
// of an unexported type of this package, a method of one of its
// interfaces, or one of its func values.
func (b *blankChecker) ownPlumbing(call *ast.CallExpr, fn *types.Func) bool {
	if fn == nil {
		return isLocalFuncCall(b.pass, call)
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) && fn.Pkg() == b.pass.Pkg {
		return true
	}
	static := typeutil.StaticCallee(b.pass.TypesInfo, call)
	return static != nil && static.Origin().Pkg() == b.pass.Pkg && !exportedAPI(static.Origin())
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

// statementReported reports whether errcheckcb/unchecked reports the
// bare call in this place: in a function whose last result is an error (or
// everywhere, with -errcheckcb.everywhere), or a call whose failure must be
// checked wherever it is; cleanup only with -errcheckcb.defer-close.
func (b *blankChecker) statementReported(fn *types.Func, stack []ast.Node) bool {
	if fn != nil && isCleanupCall(fn) && !optDeferClose {
		return false
	}
	if optEverywhere || fn != nil && uncheckedMustCheck[fn.Origin().FullName()] {
		return true
	}
	var sig *types.Signature
	for i := len(stack) - 1; i >= 0 && sig == nil; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ = b.pass.TypesInfo.TypeOf(f).(*types.Signature)
		case *ast.FuncDecl:
			if obj := b.pass.TypesInfo.Defs[f.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
		}
		if _, ok := stack[i].(*ast.FuncLit); ok && sig == nil {
			return false
		}
		if _, ok := stack[i].(*ast.FuncDecl); ok && sig == nil {
			return false
		}
	}
	if sig == nil {
		return false // package level: var _ = f()
	}
	res := sig.Results()
	return res.Len() > 0 && b.isError(res.At(res.Len()-1).Type())
}
