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

// uncheckedStmt is a call statement whose error result is dropped.
type uncheckedStmt struct {
	stmt      ast.Stmt // *ast.ExprStmt, *ast.GoStmt or *ast.DeferStmt
	call      *ast.CallExpr
	frame     *uncheckedFrame // the enclosing function, nil at package level
	errorPath bool            // in a block that ends by returning a non-nil error
	failing   bool            // directly in the body of an if that finds an error not nil
	// deferredIn: for a statement in the body of a deferred function
	// literal (defer func() { f.Close() }()), the function that defers it
	deferredIn *uncheckedFrame
	explained  bool       // a comment near it says why (see nearReason)
	rest       []ast.Stmt // the statements after stmt in its block
}

// A lossKind is why a dropped error is errcheckcb/unchecked's: its
// failure loses data this function wrote, or later code relies on what the
// call did. lossNone: any other drop (errcheckcb/unchecked-any's, strict);
// lossExempt: reported by neither rule.
type lossKind int

const (
	lossNone   lossKind = iota
	lossExempt          // excluded, never fails, explained, on an error path, content removed next
	lossClose           // the Close of a file or sink written to
	lossFlush           // the Sync or Flush of written output
	lossWrite           // a write to a file opened for writing, os.WriteFile
	lossWalk            // a walk whose callback may fail
	lossFills           // this package's function filling what the caller reads next
)

// uncheckedScan is what both unchecked rules share in one pass: the
// statements that drop an error, each one's kind and callee, and the files
// written.
type uncheckedScan struct {
	found []uncheckedStmt
	kinds []lossKind
	fns   []*types.Func
	files *openFiles
	decls map[*types.Func]*ast.FuncDecl // this package's, on first need
}

// scanUnchecked classifies the dropped errors of the package, once per
// pass.
func (s *shared) scanUnchecked(pass *analysis.Pass) *uncheckedScan {
	if s.unchecked != nil {
		return s.unchecked
	}
	u := &uncheckedScan{}
	s.unchecked = u
	if s.testSupport {
		return u
	}
	u.found, u.files = collectUnchecked(pass, s.inspect)
	if len(u.found) == 0 {
		return u
	}
	info := pass.TypesInfo
	files := u.files
	uses := make(map[types.Object]int) // of the written files and sinks
	for _, obj := range info.Uses {
		if files.written[obj] {
			uses[obj]++
		}
	}
	c := lossContext{
		pass:          pass,
		s:             s,
		u:             u,
		excludes:      uncheckedExclusions(),
		uses:          uses,
		droppedCloses: droppedMethodCounts(info, u.found, files, "Close"),
		droppedSyncs:  droppedMethodCounts(info, u.found, files, "Sync"),
		sources:       make(map[*token.File][]byte),
	}
	u.kinds = make([]lossKind, len(u.found))
	u.fns = make([]*types.Func, len(u.found))
	for i, st := range u.found {
		u.kinds[i], u.fns[i] = c.classify(st)
	}
	return u
}

func (u *uncheckedScan) funcDecls(pass *analysis.Pass) map[*types.Func]*ast.FuncDecl {
	if u.decls == nil {
		u.decls = funcDecls(pass)
	}
	return u.decls
}

// lossContext is what classify needs beyond the statement.
type lossContext struct {
	pass          *analysis.Pass
	s             *shared
	u             *uncheckedScan
	excludes      map[string]bool
	uses          map[types.Object]int // uses of each written file or sink
	droppedCloses map[types.Object]int
	droppedSyncs  map[types.Object]int
	sources       map[*token.File][]byte
}

// classify returns the kind of a dropped error and its callee (nil for a
// func value).
func (c *lossContext) classify(st uncheckedStmt) (lossKind, *types.Func) {
	pass, info, files := c.pass, c.pass.TypesInfo, c.u.files
	if st.errorPath || st.explained || hasReasonComment(pass, st.stmt, c.sources) {
		// The function is already failing with another error, or a
		// comment says why.
		return lossExempt, nil
	}
	if _, ok := ast.Unparen(st.call.Fun).(*ast.CallExpr); ok && optionNeverFails(info, st.call, c.u.funcDecls(pass)) {
		return lossExempt, nil
	}
	fn, _ := typeutil.Callee(info, st.call).(*types.Func)
	if fn == nil {
		return lossNone, nil
	}
	if isExcludedCall(info, st.call, fn, c.excludes) {
		return lossExempt, fn
	}
	static := typeutil.StaticCallee(info, st.call)
	if static != nil {
		static = static.Origin()
		if c.s.nofail.NeverFails(static) {
			return lossExempt, fn
		}
	}
	if w := printDestWrite(info, st.call, fn); w != nil && c.s.nofail.NeverFails(w) {
		return lossExempt, fn
	}
	if isUndoRead(fn) || isHashWrite(info, st.call, fn) || printsToBuffer(info, st.call, fn) || isConstSetenv(info, st.call, fn) {
		return lossExempt, fn // cannot fail as written
	}
	_, deferred := st.stmt.(*ast.DeferStmt)
	frame := st.frame
	if st.deferredIn != nil {
		deferred, frame = true, st.deferredIn // runs when the deferring function returns
	}
	if _, isGo := st.stmt.(*ast.GoStmt); isGo {
		// A goroutine's error is lost, but whether that loses anything
		// depends on what the function does with its failures first
		// (colly's fetch hands them to callbacks, opcua's RegisterConn
		// logs them): on held-out code the go statements were false
		// more often than real, so they are errcheckcb/unchecked-any's.
		return lossNone, fn
	}
	if isWalk(fn) {
		if walkNeverFails(info, st.call) {
			return lossExempt, fn
		}
		return lossWalk, fn
	}
	// A deferred finishing call loses a failure only where the function
	// could pass it on.
	canPass := !deferred || canReturnError(frame) || signalsFailure(info, frame)
	if recv := methodReceiver(info, st.call, fn, "Close"); recv != nil && files.written[recv] {
		if st.failing || len(st.rest) > 0 && files.removedNext(info, recv, st.rest[0]) || files.removedOnReturn(info, recv, st.frame.fn(), st.deferredIn.fn()) {
			return lossExempt, fn // a file given up: another call failed, or its content is removed
		}
		if c.uses[recv] <= files.notWriting[recv] || files.synced[recv] && c.droppedSyncs[recv] == 0 {
			return lossNone, fn // only ever closed, or synced and the sync checked
		}
		if deferred && (files.closes[recv] > c.droppedCloses[recv] || !canPass) {
			return lossNone, fn // closed and checked elsewhere too, or nowhere to pass it
		}
		return lossClose, fn
	}
	if recv := files.flushed(info, st.call, fn); recv != nil {
		if !canPass || files.tableForCaller(info, recv) {
			return lossNone, fn
		}
		return lossFlush, fn
	}
	if fn.Origin().FullName() == "os.WriteFile" {
		return lossWrite, fn
	}
	if dst := writeDest(info, st.call, fn); dst != nil && fn.Name() != "Close" && files.written[dst] && !files.sinks[dst] {
		return lossWrite, fn
	}
	if static != nil && static.Pkg() == pass.Pkg && canReturnError(st.frame) &&
		fillsArgUsedAfter(info, st.call, c.u.funcDecls(pass)[static], st.rest) {
		return lossFills, static
	}
	return lossNone, fn
}

// checkUnchecked reports the dropped errors whose failure loses data this
// function wrote or makes later code wrong (errcheckcb/unchecked): see
// lossKind.
func checkUnchecked(pass *analysis.Pass, s *shared) {
	u := s.scanUnchecked(pass)
	for i, st := range u.found {
		if u.kinds[i] > lossExempt {
			reportUnchecked(pass, st, u.fns[i])
		}
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
				files.define(info, heldVar(info, n.Lhs[0]), n.Rhs[0], stack)
			}
		case *ast.ValueSpec:
			if push && len(n.Values) == 1 && len(n.Names) >= 1 {
				files.define(info, info.Defs[n.Names[0]], n.Values[0], stack)
			}
		case *ast.SelectorExpr:
			if push {
				files.use(info, n, stack)
			}
		case *ast.DeferStmt:
			if push && dropsError(info, n.Call) {
				found = append(found, uncheckedStmt{stmt: n, call: n.Call, frame: top, rest: restStmts(stack), explained: explained(n, stack)})
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
				found = append(found, uncheckedStmt{stmt: n, call: call, frame: top, errorPath: onErrorPath(info, stack), failing: inFailureBranch(info, stack), deferredIn: deferringFrame(stack, frames), rest: restStmts(stack), explained: explained(n, stack)})
			}
		}
		return true
	})
	files.settle(info)
	return found, files
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
