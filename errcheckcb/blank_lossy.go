package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// lossyBlank is a blank that drops the error of a call whose failure loses
// data or state, decided once the package's files opened for writing are
// known.
type lossyBlank struct {
	pos  token.Pos
	call *ast.CallExpr
	fn   *types.Func
	next ast.Stmt // the statement after it, if any
	// failing: directly in the body of an if that finds an error not nil
	// (see inFailureBranch)
	failing bool
	encl    ast.Node // the function around it, nil at package level
}

// lossyFinding is a blank that drops the error of a call whose failure
// loses data; close: the call is a Close, Sync or Flush
// (errcheckcb/blank-close, strict), otherwise errcheckcb/blank-lossy's.
type lossyFinding struct {
	pos   token.Pos
	fn    *types.Func
	close bool
}

// checkBlankLossy reports blanks that drop the error of a call whose
// failure loses data (errcheckcb/blank-lossy): the explicit forms of
// errcheckcb/unchecked's writes and walks.
func checkBlankLossy(pass *analysis.Pass, s *shared) {
	reportLossy(pass, s, false)
}

// checkBlankClose reports the blanks that drop the error of the Close of a
// file or sink written to (errcheckcb/blank-close, strict).
func checkBlankClose(pass *analysis.Pass, s *shared) {
	reportLossy(pass, s, true)
}

func reportLossy(pass *analysis.Pass, s *shared, closes bool) {
	if s.lossy == nil {
		found := lossyBlanks(pass, s)
		s.lossy = &found
	}
	for _, f := range *s.lossy {
		if f.close == closes {
			pass.Reportf(f.pos, "the error from %s is assigned to _, and its failure loses data or state without notice (%s); handle it, or say why in a comment",
				cbFuncName(f.fn), uncheckedWhy(f.fn))
		}
	}
}

// lossyBlanks finds the blanks of both rules, once per pass.
func lossyBlanks(pass *analysis.Pass, s *shared) []lossyFinding {
	if s.testSupport {
		return nil
	}
	info := pass.TypesInfo
	files := newOpenFiles()
	excludes := uncheckedExclusions()
	var (
		comments reasonComments
		found    []lossyBlank
	)
	filter := []ast.Node{(*ast.File)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.SelectorExpr)(nil)}
	s.inspect.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.File:
			if !optTests && astutil.IsTestFile(pass.Fset, n.FileStart) {
				return false
			}
			comments.reset(pass.Fset, n)
		case *ast.ValueSpec:
			if len(n.Values) == 1 && len(n.Names) >= 1 {
				files.define(info, info.Defs[n.Names[0]], n.Values[0], stack)
			}
		case *ast.SelectorExpr:
			files.use(info, n, stack)
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 && len(n.Lhs) >= 1 {
				files.define(info, heldVar(info, n.Lhs[0]), n.Rhs[0], stack)
			}
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				return true
			}
			call, pos := blankErrorCall(info, n.Lhs, n.Rhs)
			if call == nil {
				return true
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if fn == nil || !lossyCandidate(info, call, fn) || isExcludedCall(info, call, fn, excludes) {
				return true // (excluded: the bare call is not reported either)
			}
			if onErrorPath(info, stack) || comments.stmtReason(n) {
				return true
			}
			prevEnd, doc := stmtContext(stack)
			if comments.nearReason(n, prevEnd, doc) || checkedNext(info, n.Lhs, call, nextStmt(stack)) {
				return true
			}
			found = append(found, lossyBlank{pos: pos, call: call, fn: fn, next: nextStmt(stack), failing: inFailureBranch(info, stack), encl: innerFunc(stack)})
		}
		return true
	})
	if len(found) == 0 {
		return nil
	}
	files.settle(info)
	uses := make(map[types.Object]int) // every use of a written file
	for _, obj := range info.Uses {
		if files.written[obj] {
			uses[obj]++
		}
	}
	var out []lossyFinding
	for _, f := range found {
		if recv := methodReceiver(info, f.call, f.fn, "Close"); recv != nil && files.written[recv] {
			if uses[recv] <= files.notWriting[recv] || files.synced[recv] || files.closes[recv] > 1 || f.failing || files.removedNext(info, recv, f.next) ||
				files.removedOnReturn(info, recv, f.encl) {
				// Never written, synced, or closed (and checked)
				// elsewhere too: nothing a failed close here could lose.
				continue
			}
			out = append(out, lossyFinding{pos: f.pos, fn: f.fn, close: true})
			continue
		}
		if files.flushed(info, f.call, f.fn) != nil {
			out = append(out, lossyFinding{pos: f.pos, fn: f.fn, close: true})
			continue
		}
		write := f.fn.Origin().FullName() == "os.WriteFile" || isWalk(f.fn) && !walkNeverFails(info, f.call)
		if dst := writeDest(info, f.call, f.fn); dst != nil && f.fn.Name() != "Close" && files.written[dst] && !files.sinks[dst] {
			write = true
		}
		if write {
			out = append(out, lossyFinding{pos: f.pos, fn: f.fn})
		}
	}
	return out
}

// lossyCandidate reports whether a blank drop of call's error may lose
// data: os.WriteFile, a walk, or a write, Close, Sync or Flush (of a file
// opened for writing, decided later).
func lossyCandidate(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	switch fn.Name() {
	case "Sync", "Flush":
		return true
	}
	return fn.Origin().FullName() == "os.WriteFile" || isWalk(fn) || writeDest(info, call, fn) != nil
}

// blankErrorCall returns the call whose error result a blank on the left
// of lhs = rhs takes, and the blank's position; nil if there is none.
func blankErrorCall(info *types.Info, lhs, rhs []ast.Expr) (*ast.CallExpr, token.Pos) {
	for i := range lhs {
		id, call, t := blankResult(info, lhs, rhs, i)
		if id == nil || call == nil || t == nil || !types.Identical(t, errorType) {
			continue
		}
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			continue // a conversion
		}
		return call, id.Pos()
	}
	return nil, token.NoPos
}

// checkedNext reports whether the statement after a blank drop tests what
// the call gave (a result kept on the left): "n, _ := f.Write(b)" followed
// by "if n < len(b)" handles a short write.
func checkedNext(info *types.Info, lhs []ast.Expr, call *ast.CallExpr, next ast.Stmt) bool {
	ifs, ok := next.(*ast.IfStmt)
	if !ok {
		return false
	}
	objs := make(map[types.Object]bool)
	for _, l := range lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
			if obj := info.ObjectOf(id); obj != nil {
				objs[obj] = true
			}
		}
	}
	found := false
	ast.Inspect(ifs.Cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && objs[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}

// stmtContext returns, for the statement on top of stack (or the one
// holding it), the end of the statement before it in its block (NoPos if
// none) and the doc comment of the declared function around it.
func stmtContext(stack []ast.Node) (token.Pos, *ast.CommentGroup) {
	prev := token.NoPos
	var doc *ast.CommentGroup
	for i := len(stack) - 1; i >= 1; i-- {
		if prev == token.NoPos {
			list := astutil.StmtList(stack[i-1])
			for j, st := range list {
				if st == stack[i] && j > 0 {
					prev = list[j-1].End()
				}
			}
		}
		if fd, ok := stack[i].(*ast.FuncDecl); ok {
			doc = fd.Doc
			break
		}
	}
	return prev, doc
}
