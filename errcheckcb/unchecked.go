package errcheckcb

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// uncheckedFrame is a function body being walked: a declaration or a
// literal.
type uncheckedFrame struct {
	node ast.Node         // *ast.FuncDecl or *ast.FuncLit
	sig  *types.Signature // nil without type information
}

// uncheckedStmt is a call statement whose error result is dropped.
type uncheckedStmt struct {
	stmt      ast.Stmt // *ast.ExprStmt, *ast.GoStmt or *ast.DeferStmt
	call      *ast.CallExpr
	frame     *uncheckedFrame // the enclosing function, nil at package level
	errorPath bool            // in a block that ends by returning a non-nil error
	explained bool            // a comment near it says why (see nearReason)
	rest      []ast.Stmt      // the statements after stmt in its block
}

// checkUnchecked reports calls whose error result is dropped by an
// expression, go or defer statement (errcheckcb/unchecked).
func checkUnchecked(pass *analysis.Pass, s *shared) {
	if s.testSupport {
		return
	}
	found, files := collectUnchecked(pass, s.inspect)
	if len(found) == 0 {
		return
	}
	info := pass.TypesInfo
	excludes := uncheckedExclusions()
	type kept struct {
		s         uncheckedStmt
		fn        *types.Func
		closeOf   types.Object // the written file a Close closes
		deferred  bool         // a deferred Close of closeOf
		ownModule bool         // fn is declared in this module
	}
	var keep []kept
	var decls map[*types.Func]*ast.FuncDecl // this package's, on first need
	counts := make(map[types.Object]int)    // uses, of the objects below
	dropped := make(map[types.Object]int)
	droppedCloses := droppedMethodCounts(info, found, files, "Close")
	droppedSyncs := droppedMethodCounts(info, found, files, "Sync")
	for _, st := range found {
		if st.errorPath {
			// The function is already failing with another error: a
			// second failure while cleaning up or reporting the first
			// has nowhere to go.
			continue
		}
		k := kept{s: st}
		_, isGo := st.stmt.(*ast.GoStmt)
		if _, ok := ast.Unparen(st.call.Fun).(*ast.CallExpr); ok {
			if decls == nil {
				decls = funcDecls(pass)
			}
			if optionNeverFails(info, st.call, decls) {
				continue
			}
		}
		fn, _ := typeutil.Callee(info, st.call).(*types.Func)
		if fn != nil {
			if isWalk(fn) && walkNeverFails(info, st.call) {
				continue
			}
			k.fn = fn
			if isExcludedCall(info, st.call, fn, excludes) {
				continue
			}
			if recv := methodReceiver(info, st.call, fn, "Close"); recv != nil && files.written[recv] {
				if len(st.rest) > 0 && files.removedNext(info, recv, st.rest[0]) {
					continue // a file given up: its content is removed next
				}
				k.closeOf = recv
				counts[recv] = 0
			}
			if isCleanupCall(fn) {
				_, deferred := st.stmt.(*ast.DeferStmt)
				if !optDeferClose && k.closeOf == nil {
					continue
				}
				k.deferred = deferred && k.closeOf != nil
			} else if _, deferred := st.stmt.(*ast.DeferStmt); deferred && !optDeferClose && !finishesWork(fn) {
				// A deferred call runs on every way out, failures
				// included: it is cleanup unless it completes work.
				continue
			}
			if isDeadlineCall(fn) || isTextOutputToInterface(info, st.call, fn) || isHashWrite(info, st.call, fn) || isConstSetenv(info, st.call, fn) {
				continue
			}
			if files.consoleFlush(info, st.call, fn) {
				continue
			}
			if files.writesToStream(info, st.call, fn, st.frame) ||
				isConsoleMethodWrite(info, st.call, fn) || printsToBuffer(info, st.call, fn) {
				// A write to a stream this function did not make (a
				// device, a file handed in): the output of whoever made
				// it, as for a writer of interface type.
				continue
			}
			if sig, ok := fn.Type().(*types.Signature); ok && !isGo && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) && fn.Pkg() == pass.Pkg {
				// A method of an interface of this very package: internal
				// plumbing, as for unexported functions below.
				continue
			}
			if w := printDestWrite(info, st.call, fn); w != nil && nofailCallee(pass, w, s.nofail, s.module) {
				continue
			}
			if static := typeutil.StaticCallee(info, st.call); static != nil {
				static = static.Origin()
				if nofailCallee(pass, static, s.nofail, s.module) || writesOnlyCallee(pass, static, s.writesOnly, s.module) {
					continue
				}
				fills := false
				if static.Pkg() == pass.Pkg && !isGo {
					if decls == nil {
						decls = funcDecls(pass)
					}
					fills = fillsArgUsedAfter(info, st.call, decls[static], st.rest)
				}
				if static.Pkg() == pass.Pkg && !exportedAPI(static) && !isGo && !fills {
					// An unexported function of this very package: its
					// error is internal plumbing whose meaning the author
					// controls on both sides, and on real code its drops
					// are deliberate far more often than not.
					continue
				}
				if inModule(pass, static, s.module) && !fills {
					k.ownModule = true
					k.fn = static
					counts[static] = 0
					dropped[static]++
				}
			}
		}
		keep = append(keep, k)
	}
	if len(keep) == 0 {
		return
	}
	sources := make(map[*token.File][]byte)
	if len(counts) > 0 {
		for _, obj := range info.Uses {
			if _, ok := counts[obj]; ok {
				counts[obj]++
			}
		}
	}
	for _, k := range keep {
		if k.closeOf != nil && !optDeferClose && (counts[k.closeOf] <= files.notWriting[k.closeOf] || files.synced[k.closeOf] && droppedSyncs[k.closeOf] == 0) {
			// Only ever closed, or synced (and the sync checked) before:
			// nothing that a failed close could lose.
			continue
		}
		if k.deferred && !optDeferClose && (files.closes[k.closeOf] > droppedCloses[k.closeOf] || !canReturnError(k.s.frame) && !signalsFailure(info, k.s.frame)) {
			// Closed and checked elsewhere too, or in a function that
			// could not pass the failure on.
			continue
		}
		if _, isGo := k.s.stmt.(*ast.GoStmt); !isGo && k.ownModule && dropped[k.fn] >= 2 && counts[k.fn]-dropped[k.fn] < dropped[k.fn] {
			// This module's own function, dropped at several call sites
			// of this package and checked at fewer: its error is
			// advisory by the author's own practice.
			continue
		}
		if k.s.explained || hasReasonComment(pass, k.s.stmt, sources) {
			continue
		}
		if _, isGo := k.s.stmt.(*ast.GoStmt); isGo {
			// No function can pass a goroutine's error on: reported
			// wherever it is, unless the function hands its failures on
			// itself, or serves a listener already bound.
			if servesListener(info, k.s.call) {
				continue
			}
			if k.fn != nil && k.fn.Pkg() == pass.Pkg {
				if decls == nil {
					decls = funcDecls(pass)
				}
				if reportsOwnError(pass, k.fn.Origin(), decls) {
					continue
				}
			}
		} else if !optEverywhere && !canReturnError(k.s.frame) && !mustCheck(info, k.s.call, k.fn, files.written) {
			// The function could not pass the error on: a drop there is
			// a deliberate best effort far more often than a defect.
			continue
		}
		if _, isGo := k.s.stmt.(*ast.GoStmt); !isGo && k.fn == nil && isLocalFuncCall(pass, k.s.call) {
			// A func value of this very package (a closure, a local
			// helper): internal plumbing, as for unexported functions.
			continue
		}
		reportUnchecked(pass, k.s, k.fn)
	}
}

// collectUnchecked walks the package once: it returns the statements that
// drop an error and what it learnt of the files opened for writing.
func collectUnchecked(pass *analysis.Pass, inspect *inspector.Inspector) ([]uncheckedStmt, *openFiles) {
	info := pass.TypesInfo
	var (
		frames   []*uncheckedFrame
		found    []uncheckedStmt
		files    = newOpenFiles()
		comments reasonComments
	)
	explained := func(stmt ast.Stmt, stack []ast.Node) bool {
		prevEnd, doc := stmtContext(stack)
		return comments.nearReason(stmt, prevEnd, doc)
	}
	nodeTypes := []ast.Node{
		(*ast.File)(nil),
		(*ast.FuncDecl)(nil),
		(*ast.FuncLit)(nil),
		(*ast.ExprStmt)(nil),
		(*ast.GoStmt)(nil),
		(*ast.DeferStmt)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil),
		(*ast.SelectorExpr)(nil),
	}
	inspect.WithStack(nodeTypes, func(n ast.Node, push bool, stack []ast.Node) bool {
		var top *uncheckedFrame
		if len(frames) > 0 {
			top = frames[len(frames)-1]
		}
		switch n := n.(type) {
		case *ast.File:
			if push && !optTests && astutil.IsTestFile(pass.Fset, n.FileStart) {
				return false // no finding can be reported here
			}
			if push {
				comments.reset(pass.Fset, n)
			}
		case *ast.FuncDecl:
			if !push {
				frames = frames[:len(frames)-1]
				return true
			}
			fr := &uncheckedFrame{node: n}
			if fn, ok := info.Defs[n.Name].(*types.Func); ok {
				fr.sig, _ = fn.Type().(*types.Signature)
			}
			frames = append(frames, fr)
		case *ast.FuncLit:
			if !push {
				frames = frames[:len(frames)-1]
				return true
			}
			fr := &uncheckedFrame{node: n}
			fr.sig, _ = info.TypeOf(n).(*types.Signature)
			frames = append(frames, fr)
		case *ast.AssignStmt:
			if push && len(n.Rhs) == 1 && len(n.Lhs) >= 1 {
				files.define(info, heldVar(info, n.Lhs[0]), n.Rhs[0])
			}
		case *ast.ValueSpec:
			if push && len(n.Values) == 1 && len(n.Names) >= 1 {
				files.define(info, info.Defs[n.Names[0]], n.Values[0])
			}
		case *ast.SelectorExpr:
			if push {
				files.use(info, n)
			}
		case *ast.DeferStmt:
			if push && dropsError(info, n.Call) {
				found = append(found, uncheckedStmt{stmt: n, call: n.Call, frame: top, explained: explained(n, stack)})
			}
		case *ast.GoStmt:
			if push && dropsError(info, n.Call) {
				found = append(found, uncheckedStmt{stmt: n, call: n.Call, frame: top, explained: explained(n, stack)})
			}
		case *ast.ExprStmt:
			if !push {
				return true
			}
			call, ok := ast.Unparen(n.X).(*ast.CallExpr)
			if ok && dropsError(info, call) {
				found = append(found, uncheckedStmt{stmt: n, call: call, frame: top, errorPath: onErrorPath(info, stack), rest: restStmts(stack), explained: explained(n, stack)})
			}
		}
		return true
	})
	files.settle()
	return found, files
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

// reportUnchecked reports s, with a fix where one is safe.
func reportUnchecked(pass *analysis.Pass, s uncheckedStmt, fn *types.Func) {
	name := uncheckedCallName(pass, s.call, fn)
	why := uncheckedWhy(fn)
	var msg string
	switch s.stmt.(type) {
	case *ast.GoStmt:
		msg = fmt.Sprintf("error returned by %s is lost in a go statement: %s; call it in a func literal that handles the error", name, why)
	case *ast.DeferStmt:
		msg = fmt.Sprintf("error returned by deferred %s is not checked: %s; defer a func literal that handles it (e.g. joins it into a named error result)", name, why)
	default:
		msg = fmt.Sprintf("error returned by %s is not checked: %s; handle it or assign it to _ with a comment saying why", name, why)
	}
	d := analysis.Diagnostic{Pos: s.call.Pos(), End: s.call.End(), Message: msg}
	if fix, ok := uncheckedFix(pass, s); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	pass.Report(d)
}

// uncheckedCallName names the callee for a message: pkg.Func,
// (*pkg.Type).Method, or the called expression.
func uncheckedCallName(pass *analysis.Pass, call *ast.CallExpr, fn *types.Func) string {
	if fn != nil {
		fn = fn.Origin()
		sig, _ := fn.Type().(*types.Signature)
		qual := func(p *types.Package) string { return p.Name() }
		if sig != nil && sig.Recv() != nil {
			recv := sig.Recv().Type()
			// Name the method by the type it is called on: (*net.TCPConn).Write,
			// not the (*net.conn).Write it is promoted from.
			if sel, ok := ast.Unparen(typeparamsBase(call.Fun)).(*ast.SelectorExpr); ok {
				if selection := pass.TypesInfo.Selections[sel]; selection != nil && selection.Kind() == types.MethodVal {
					recv = selection.Recv()
				}
			}
			return "(" + types.TypeString(recv, qual) + ")." + fn.Name()
		}
		if fn.Pkg() != nil && fn.Pkg() != pass.Pkg {
			return fn.Pkg().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	text := types.ExprString(call.Fun)
	if len(text) > 40 {
		text = text[:37] + "..."
	}
	return text
}

// uncheckedWhy says what dropping fn's error costs.
func uncheckedWhy(fn *types.Func) string {
	if fn == nil {
		return "a failure goes unnoticed and the code carries on as if the call succeeded"
	}
	name := fn.Name()
	switch {
	case name == "Close":
		return "a failed close can lose written data without a trace"
	case name == "Flush" || name == "Sync":
		return "a failed flush loses buffered data without a trace"
	case strings.HasPrefix(name, "Write") || strings.HasPrefix(name, "Print") ||
		strings.HasPrefix(name, "Fprint") || name == "Encode" || name == "Copy" || name == "CopyN":
		return "a failed write goes unnoticed"
	case name == "Remove" || name == "RemoveAll" || name == "Rename" || name == "Mkdir" ||
		name == "MkdirAll" || name == "Chmod" || name == "Chown" || name == "Chdir" || name == "Symlink" || name == "Link":
		return "a failed file-system change goes unnoticed and later steps work on the wrong state"
	case strings.HasPrefix(name, "Read") || strings.HasPrefix(name, "Decode") ||
		strings.HasPrefix(name, "Unmarshal") || strings.HasPrefix(name, "Parse") || strings.HasPrefix(name, "Scan"):
		return "on failure the result is partial or unset and the code carries on with it"
	case strings.HasPrefix(name, "Set") || strings.HasPrefix(name, "Unset"):
		return "a failed setting goes unnoticed and the code runs with the old value"
	}
	return "a failure goes unnoticed and the code carries on as if the call succeeded"
}
