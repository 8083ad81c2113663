package errcheckcb

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// uncheckedFrame is a function body being walked: a declaration (fn set)
// or a literal.
type uncheckedFrame struct {
	node ast.Node          // *ast.FuncDecl or *ast.FuncLit
	sig  *types.Signature  // nil without type information
	fn   *types.Func       // the declared function, nil for a literal
	nf   *nofailCandidate  // fn's never-fail evidence, nil if fn cannot qualify
	body *ast.BlockStmt    // nil for a declaration without body
	file *uncheckedFileCtx // the file the body is in
}

// uncheckedFileCtx is what the walk knows of the current file.
type uncheckedFileCtx struct {
	file        *ast.File
	constrained bool // build constraints or a GOOS/GOARCH file name
}

// uncheckedStmt is a call statement whose error result is dropped.
type uncheckedStmt struct {
	stmt      ast.Stmt // *ast.ExprStmt, *ast.GoStmt or *ast.DeferStmt
	call      *ast.CallExpr
	frame     *uncheckedFrame // the enclosing function, nil at package level
	errorPath bool            // in a block that ends by returning a non-nil error
	next      ast.Stmt        // the statement after stmt in its block, if any
}

// checkUnchecked reports calls whose error result is dropped by an
// expression, go or defer statement.
func checkUnchecked(pass *analysis.Pass, inspect *inspector.Inspector) {
	info := pass.TypesInfo
	var (
		frames []*uncheckedFrame
		cands  []*nofailCandidate
		found  []uncheckedStmt
		file   *uncheckedFileCtx
		// written: variables holding a file opened for writing;
		// notWriting: how many of their uses call a method that
		// does not write (Close, Name, Stat, Fd).
		written    = make(map[types.Object]bool)
		notWriting = make(map[types.Object]int)
		synced     = make(map[types.Object]bool) // Sync called: Close loses nothing
		// console: buffered writers over os.Stdout or os.Stderr, whose
		// Flush is as unchecked as fmt.Println.
		console = make(map[types.Object]bool)
	)
	nodeTypes := []ast.Node{
		(*ast.File)(nil),
		(*ast.FuncDecl)(nil),
		(*ast.FuncLit)(nil),
		(*ast.ReturnStmt)(nil),
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
			if !push {
				return true
			}
			if !optTests && astutil.IsTestFile(pass.Fset, n.FileStart) {
				// No finding can be reported here, and no function here
				// can be called from outside the test package.
				return false
			}
			file = &uncheckedFileCtx{file: n, constrained: isConstrainedFile(pass.Fset, n)}
		case *ast.FuncDecl:
			if !push {
				frames = frames[:len(frames)-1]
				return true
			}
			fr := &uncheckedFrame{node: n, body: n.Body, file: file}
			if fn, ok := info.Defs[n.Name].(*types.Func); ok {
				fr.fn = fn
				fr.sig, _ = fn.Type().(*types.Signature)
				if c := newNofailCandidate(fn, n, file); c != nil {
					fr.nf = c
					cands = append(cands, c)
				}
			}
			frames = append(frames, fr)
		case *ast.FuncLit:
			if !push {
				frames = frames[:len(frames)-1]
				return true
			}
			fr := &uncheckedFrame{node: n, body: n.Body, file: file}
			if t, ok := info.TypeOf(n).(*types.Signature); ok {
				fr.sig = t
			}
			frames = append(frames, fr)
		case *ast.AssignStmt:
			if push && len(n.Rhs) == 1 && len(n.Lhs) >= 1 {
				if id, ok := n.Lhs[0].(*ast.Ident); ok {
					if obj := info.ObjectOf(id); obj != nil {
						if opensForWriting(info, n.Rhs[0]) {
							written[obj] = true
						} else if wrapsConsole(info, n.Rhs[0]) {
							console[obj] = true
						}
					}
				}
			}
		case *ast.SelectorExpr:
			if push && len(written) > 0 {
				if id, ok := n.X.(*ast.Ident); ok && written[info.Uses[id]] {
					switch n.Sel.Name {
					case "Close", "Name", "Stat", "Fd":
						notWriting[info.Uses[id]]++
					case "Sync":
						synced[info.Uses[id]] = true
					}
				}
			}
		case *ast.ValueSpec:
			if push && len(n.Values) == 1 && len(n.Names) >= 1 {
				if obj := info.Defs[n.Names[0]]; obj != nil {
					if opensForWriting(info, n.Values[0]) {
						written[obj] = true
					} else if wrapsConsole(info, n.Values[0]) {
						console[obj] = true
					}
				}
			}
		case *ast.ReturnStmt:
			if push && top != nil && top.nf != nil {
				top.nf.addReturn(info, n)
			}
		case *ast.DeferStmt:
			if !push {
				return true
			}
			if top != nil && top.nf != nil {
				top.nf.hasDefer = true
			}
			if dropsError(info, n.Call) {
				found = append(found, uncheckedStmt{stmt: n, call: n.Call, frame: top})
			}
		case *ast.GoStmt:
			if push && dropsError(info, n.Call) {
				found = append(found, uncheckedStmt{stmt: n, call: n.Call, frame: top})
			}
		case *ast.ExprStmt:
			if !push {
				return true
			}
			call, ok := ast.Unparen(n.X).(*ast.CallExpr)
			if ok && dropsError(info, call) {
				found = append(found, uncheckedStmt{stmt: n, call: call, frame: top, errorPath: onErrorPath(info, stack), next: nextStmt(stack)})
			}
		}
		return true
	})

	module := passModule(pass)
	nofail := nofailResolve(pass, cands, module)
	if len(found) == 0 {
		return
	}
	excludes := uncheckedExclusions()
	type kept struct {
		s         uncheckedStmt
		fn        *types.Func
		closeOf   types.Object // the written file a Close closes
		ownModule bool         // fn is declared in this module
	}
	var keep []kept
	counts := make(map[types.Object]int) // uses, of the objects below
	dropped := make(map[types.Object]int)
	for _, s := range found {
		if s.errorPath {
			// The function is already failing with another error: a
			// second failure while cleaning up or reporting the first
			// has nowhere to go.
			continue
		}
		k := kept{s: s}
		fn, _ := typeutil.Callee(info, s.call).(*types.Func)
		if fn != nil {
			k.fn = fn
			if isExcludedCall(info, s.call, fn, excludes) {
				continue
			}
			if recv := closeReceiver(info, s.call, fn); recv != nil && written[recv] {
				k.closeOf = recv
				counts[recv] = 0
			}
			if isCleanupCall(fn) {
				_, deferred := s.stmt.(*ast.DeferStmt)
				if !optDeferClose && (deferred || k.closeOf == nil) {
					continue
				}
			} else if _, deferred := s.stmt.(*ast.DeferStmt); deferred && !optDeferClose && !finishesWork(fn) {
				// A deferred call runs on every way out, failures
				// included: it is cleanup unless it completes work.
				continue
			}
			if isDeadlineCall(fn) || isTextOutputToInterface(info, s.call, fn) || isHashWrite(info, s.call, fn) || isConstSetenv(info, s.call, fn) {
				continue
			}
			if fn.Name() == "Flush" {
				if sel, ok := ast.Unparen(s.call.Fun).(*ast.SelectorExpr); ok {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && console[info.Uses[id]] {
						continue
					}
				}
			}
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) && fn.Pkg() == pass.Pkg {
				// A method of an interface of this very package: internal
				// plumbing, as for unexported functions below.
				continue
			}
			if static := typeutil.StaticCallee(info, s.call); static != nil {
				static = static.Origin()
				if nofailCallee(pass, static, nofail, module) {
					continue
				}
				if static.Pkg() == pass.Pkg && !exportedAPI(static) {
					// An unexported function of this very package: its
					// error is internal plumbing whose meaning the author
					// controls on both sides, and on real code its drops
					// are deliberate far more often than not.
					continue
				}
				if inModule(pass, static, module) {
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
	files := make(map[*token.File][]byte)
	if len(counts) > 0 {
		for _, obj := range info.Uses {
			if _, ok := counts[obj]; ok {
				counts[obj]++
			}
		}
	}
	for _, k := range keep {
		if k.closeOf != nil && !optDeferClose && (counts[k.closeOf] <= notWriting[k.closeOf] || synced[k.closeOf]) {
			// Only ever closed, or synced before: nothing that a failed
			// close could lose.
			continue
		}
		if k.ownModule && dropped[k.fn] >= 2 && counts[k.fn]-dropped[k.fn] < dropped[k.fn] {
			// This module's own function, dropped at several call sites
			// of this package and checked at fewer: its error is
			// advisory by the author's own practice.
			continue
		}
		if k.fn != nil && isMkdir(k.fn) && assignsError(info, k.s.next) {
			// The next step (creating something in it) fails too, and
			// is checked.
			continue
		}
		if hasReasonComment(pass, k.s.stmt, files) {
			continue
		}
		if _, isGo := k.s.stmt.(*ast.GoStmt); isGo {
			// No function can pass a goroutine's error on. This module's
			// own function run as a goroutine is expected to report its
			// failure itself (fzf's Terminal.Loop posts it to its event
			// loop before returning it); another module's (go
			// http.ListenAndServe(addr, h)) loses it for sure.
			if k.ownModule || k.fn != nil && inModule(pass, k.fn, module) {
				continue
			}
		} else if !optEverywhere && !canReturnError(k.s.frame) && !mustCheck(info, k.s.call, k.fn, written) {
			// The function could not pass the error on: a drop there is
			// a deliberate best effort far more often than a defect.
			continue
		}
		if k.fn == nil && isLocalFuncCall(pass, k.s.call) {
			// A func value of this very package (a closure, a local
			// helper): internal plumbing, as for unexported functions.
			continue
		}
		reportUnchecked(pass, k.s, k.fn)
	}
}

// isLocalFuncCall reports whether call calls a variable of function type
// declared in the package under analysis.
func isLocalFuncCall(pass *analysis.Pass, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	return ok && v.Pkg() == pass.Pkg
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

// uncheckedMustCheck are the calls reported even in a function without an
// error result: their failure loses data or leaves the system in a state
// the program does not expect, and nobody else will notice.
var uncheckedMustCheck = map[string]bool{
	"os.WriteFile":                    true,
	"os.Chmod":                        true,
	"os.Chown":                        true,
	"os.Lchown":                       true,
	"os.Chtimes":                      true,
	"os.Rename":                       true,
	"os.Symlink":                      true,
	"os.Link":                         true,
	"os.Truncate":                     true,
	"(*os.File).Chmod":                true,
	"(*os.File).Chown":                true,
	"(*os.File).Truncate":             true,
	"(*os.File).Sync":                 true,
	"syscall.Exec":                    true,
	"encoding/json.Unmarshal":         true,
	"encoding/xml.Unmarshal":          true,
	"(*encoding/json.Decoder).Decode": true,
	"(*encoding/xml.Decoder).Decode":  true,
	"(*encoding/gob.Decoder).Decode":  true,
}

// mustCheck reports whether a call's error must be checked wherever it is:
// a call of uncheckedMustCheck, or a write to or close of a file that this
// function opened for writing.
func mustCheck(info *types.Info, call *ast.CallExpr, fn *types.Func, written map[types.Object]bool) bool {
	if fn == nil {
		return false
	}
	if uncheckedMustCheck[fn.Origin().FullName()] {
		return true
	}
	var dst ast.Expr
	if fn.Pkg() != nil {
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString", "io.Copy", "io.CopyN", "io.CopyBuffer":
			if len(call.Args) > 0 {
				dst = call.Args[0]
			}
		}
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		switch fn.Name() {
		case "Write", "WriteString", "WriteAt", "ReadFrom", "Close":
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				dst = sel.X
			}
		}
	}
	if dst == nil {
		return false
	}
	id, ok := ast.Unparen(dst).(*ast.Ident)
	return ok && written[info.Uses[id]]
}

// nextStmt returns the statement after the one on top of stack in its
// block, or nil.
func nextStmt(stack []ast.Node) ast.Stmt {
	if len(stack) < 2 {
		return nil
	}
	list := astutil.StmtList(stack[len(stack)-2])
	for i, st := range list {
		if st == stack[len(stack)-1] && i+1 < len(list) {
			return list[i+1]
		}
	}
	return nil
}

// isMkdir reports whether fn is os.Mkdir or os.MkdirAll.
func isMkdir(fn *types.Func) bool {
	return fn.Pkg() != nil && fn.Pkg().Path() == "os" && (fn.Name() == "Mkdir" || fn.Name() == "MkdirAll")
}

// assignsError reports whether s (or the init of an if statement s)
// assigns an error variable from a call, whose check will catch the same
// failure.
func assignsError(info *types.Info, s ast.Stmt) bool {
	if ifs, ok := s.(*ast.IfStmt); ok {
		s = ifs.Init
	}
	as, ok := s.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return false
	}
	if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !ok {
		return false
	}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name != "_" && isErrorType(info.TypeOf(id)) {
			return true
		}
	}
	return false
}

// hasReasonComment reports whether a comment on the statement's line, or
// alone on the line above, says why its error is dropped: it mentions an
// error, a failure, ignoring or a best effort ("// ignore errors: the
// directory may be gone").
func hasReasonComment(pass *analysis.Pass, stmt ast.Stmt, files map[*token.File][]byte) bool {
	file := astutil.FileOf(pass.Files, stmt.Pos())
	if file == nil {
		return false
	}
	src := func(tf *token.File) []byte {
		b, ok := files[tf]
		if !ok {
			b, _ = pass.ReadFile(tf.Name()) // unreadable: nil, no comment above counts
			files[tf] = b
		}
		return b
	}
	for _, g := range astutil.AdjacentComments(pass.Fset, file, stmt, src) {
		if isReason(astutil.CommentText(g)) {
			return true
		}
	}
	return false
}

// isReason reports whether a comment's text explains a dropped error.
func isReason(text string) bool {
	text = strings.ToLower(text)
	for _, w := range [...]string{"ignor", "best effort", "best-effort", "error", "fail", "err ", "don't care", "doesn't matter", "harmless"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// exportedAPI reports whether fn can be called from other packages: it is
// exported, and so is its receiver's type, if any.
func exportedAPI(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return true
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Exported()
	}
	return true
}

// inModule reports whether fn is declared in the package under analysis or
// in another package of its module.
func inModule(pass *analysis.Pass, fn *types.Func, module string) bool {
	if fn.Pkg() == pass.Pkg {
		return true
	}
	if module == "" || fn.Pkg() == nil {
		return false
	}
	p := fn.Pkg().Path()
	return p == module || strings.HasPrefix(p, module+"/")
}

// wrapsConsole reports whether e is bufio.NewWriter, bufio.NewWriterSize
// or tabwriter.NewWriter over os.Stdout or os.Stderr.
func wrapsConsole(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "bufio.NewWriter", "bufio.NewWriterSize", "text/tabwriter.NewWriter":
		switch excludeArgName(info, call.Args[0]) {
		case "os.Stdout", "os.Stderr":
			return true
		}
	}
	return false
}

// closeReceiver returns the variable x of a call x.Close(), or nil.
func closeReceiver(info *types.Info, call *ast.CallExpr, fn *types.Func) types.Object {
	if fn.Name() != "Close" {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := info.Uses[id].(*types.Var); ok {
		return v
	}
	return nil
}

// dropsError reports whether call, used as a statement, drops an error
// result: it is a call (not a conversion) of something that returns an
// error.
func dropsError(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	return errorResultIndex(info.TypeOf(call)) >= 0
}

// errorResultIndex returns the index of the last error among a call's
// results (t is the call's type: a tuple or a single type), or -1. Only
// results of interface type count: a method that returns a concrete error
// type (gin's (*Error).SetType, (*Context).Error) hands back a value to
// build on, not a failure.
func errorResultIndex(t types.Type) int {
	if t == nil {
		return -1
	}
	if tuple, ok := t.(*types.Tuple); ok {
		for i := tuple.Len() - 1; i >= 0; i-- {
			if isErrorInterface(tuple.At(i).Type()) {
				return i
			}
		}
		return -1
	}
	if isErrorInterface(t) {
		return 0
	}
	return -1
}

// isErrorInterface reports whether t is error or another interface that
// implements it.
func isErrorInterface(t types.Type) bool {
	return t != nil && types.IsInterface(t) && isErrorType(t)
}

// onErrorPath reports whether the statement on top of stack sits in a block
// that ends by returning an error or by panicking, directly or through
// enclosing if statements: cleanup there (a Close before "return err") has
// nothing to add, the caller already learns of a failure.
func onErrorPath(info *types.Info, stack []ast.Node) bool {
	nilCheck := false // passed through the body of an "if x != nil"
	for i := len(stack) - 2; i >= 0; i-- {
		list := astutil.StmtList(stack[i]) // never empty: it holds stack[i+1]
		if list == nil {
			return false
		}
		var ifStmt *ast.IfStmt
		if i >= 1 {
			ifStmt, _ = stack[i-1].(*ast.IfStmt)
		}
		if ifStmt != nil && ifStmt.Body == stack[i] && comparesWithNil(ifStmt.Cond) {
			nilCheck = true
		}
		if len(list) > 0 && endsWithFailure(info, list[len(list)-1], nilCheck) {
			return true
		}
		// Climb out of an if (or else) body to the block around the if.
		if ifStmt == nil || i < 2 {
			return false
		}
		i--
		for i-1 >= 0 {
			if _, ok := stack[i-1].(*ast.IfStmt); !ok { // else if chains
				break
			}
			i--
		}
	}
	return false
}

// comparesWithNil reports whether cond is "x != nil" (perhaps among
// others joined by && or ||).
func comparesWithNil(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch b.Op {
	case token.LAND, token.LOR:
		return comparesWithNil(b.X) || comparesWithNil(b.Y)
	case token.NEQ:
		isNil := func(e ast.Expr) bool { id, ok := ast.Unparen(e).(*ast.Ident); return ok && id.Name == "nil" }
		return isNil(b.X) || isNil(b.Y)
	}
	return false
}

// endsWithFailure reports whether s panics or returns an error that is
// surely not nil: a sentinel, a constructed error, or a variable just
// found not nil (nilCheck).
func endsWithFailure(info *types.Info, s ast.Stmt, nilCheck bool) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		for _, r := range s.Results {
			if isNilIdent(info, r) || !isErrorType(info.TypeOf(r)) {
				continue
			}
			switch r := ast.Unparen(r).(type) {
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(info, r).(*types.Func); ok {
					switch fn.Name() {
					case "New", "Errorf", "Join", "Wrap", "Wrapf", "WithMessage", "WithStack":
						return true
					}
				}
			case *ast.Ident:
				if v, ok := info.Uses[r].(*types.Var); ok && (nilCheck || v.Pkg() != nil && v.Parent() == v.Pkg().Scope()) {
					return true
				}
			case *ast.SelectorExpr: // pkg.ErrX
				if _, ok := info.Uses[r.Sel].(*types.Var); ok {
					return true
				}
			case *ast.CompositeLit, *ast.UnaryExpr:
				return true
			}
		}
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
					return true
				}
			}
		}
	}
	return false
}

// isNilIdent reports whether e is the predeclared nil.
func isNilIdent(info *types.Info, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// isCleanupCall reports whether fn releases or tears something down: a
// function or method with a single error result whose name starts with
// Close, Stop, Shutdown, Remove, Delete, Purge, Unsubscribe, Disable,
// Release, Cleanup, Teardown, Destroy, Rollback or Abort (in any case, so
// closeFDsLocked and deleteConsumer count), os.Remove and os.RemoveAll
// among them. A failed teardown leaves something behind, but there is
// nothing left to do about it. Deferred, these are reported only with
// -errcheckcb.defer-close; before a return of another error, never.
func isCleanupCall(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), errorType) {
		return false
	}
	name := strings.ToLower(fn.Name())
	for _, verb := range [...]string{"close", "stop", "shutdown", "remove", "delete", "purge", "unsubscribe", "disable", "release", "cleanup", "teardown", "destroy", "rollback", "abort"} {
		if strings.HasPrefix(name, verb) {
			return true
		}
	}
	return false
}

// opensForWriting reports whether e calls os.Create, os.CreateTemp or
// os.OpenFile with a flag that is not constant or asks for writing.
func opensForWriting(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" {
		return false
	}
	switch fn.Name() {
	case "Create", "CreateTemp":
		return true
	case "OpenFile":
		if len(call.Args) < 2 {
			return false
		}
		tv, ok := info.Types[call.Args[1]]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
			return true
		}
		flag, exact := constant.Int64Val(tv.Value)
		const wronly, rdwr = 0x1, 0x2 // the same on every platform Go supports
		return !exact || flag&(wronly|rdwr) != 0
	}
	return false
}

// finishesWork reports whether fn completes work whose failure loses it
// (Flush, Sync, Commit, or a must-check call): reported when deferred.
func finishesWork(fn *types.Func) bool {
	switch fn.Name() {
	case "Flush", "Sync", "Commit":
		return true
	}
	return uncheckedMustCheck[fn.Origin().FullName()]
}

// isHashWrite reports whether call is the Write method of a type that
// implements hash.Hash (Sum, Reset, Size, BlockSize too): hash.Hash's
// contract says its Write never returns an error, and third-party hashes
// (xxhash, highwayhash) keep it.
func isHashWrite(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Name() != "Write" {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	t := info.TypeOf(sel.X)
	if t == nil {
		return false
	}
	for _, name := range [...]string{"Sum", "Reset", "Size", "BlockSize"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, fn.Pkg(), name); obj == nil {
			return false
		} else if _, isFunc := obj.(*types.Func); !isFunc {
			return false
		}
	}
	return true
}

// isConstSetenv reports whether call is os.Setenv with a constant name
// that is valid (not empty, no "=" or NUL): it then fails only for a NUL in
// the value.
func isConstSetenv(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "os" || fn.Name() != "Setenv" || len(call.Args) != 2 {
		return false
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	key := constant.StringVal(tv.Value)
	return key != "" && !strings.ContainsAny(key, "=\x00")
}

// isDeadlineCall reports whether fn sets a connection deadline: that fails
// only on a connection that is closed or has no deadlines, and the next
// read or write reports the same failure.
func isDeadlineCall(fn *types.Func) bool {
	switch fn.Name() {
	case "UnreadByte", "UnreadRune":
		// Also here (the blank rule shares this list): undoing the
		// read just made cannot fail (io.ByteScanner's contract).
		sig, ok := fn.Type().(*types.Signature)
		return ok && sig.Recv() != nil && sig.Params().Len() == 0
	case "SetDeadline", "SetReadDeadline", "SetWriteDeadline":
		sig, ok := fn.Type().(*types.Signature)
		return ok && sig.Recv() != nil && sig.Params().Len() == 1
	}
	return false
}

// isTextOutputToInterface reports whether call writes to a destination of
// interface type: fmt.Fprint, Fprintf, Fprintln or io.WriteString to one, or
// its own Write, WriteString, WriteByte or WriteRune method. The concrete
// writer is unknown, and on real code it is a buffer, a response, a
// terminal or a multipart part far more often than a file; writes to a
// variable of type *os.File (or another concrete type) are still reported.
func isTextOutputToInterface(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	if recv := sig.Recv(); recv != nil {
		switch fn.Name() {
		case "Write", "WriteString", "WriteByte", "WriteRune":
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return false
			}
			t := info.TypeOf(sel.X)
			return t != nil && types.IsInterface(t)
		}
		return false
	}
	if fn.Pkg() == nil || len(call.Args) == 0 {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString":
		t := info.TypeOf(call.Args[0])
		return t != nil && types.IsInterface(t)
	}
	return false
}

// passModule is the path of the module of the package under analysis, or
// "" when the driver does not know it (GOPATH mode, the standard library).
func passModule(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// reportUnchecked reports s, with a fix where one is safe.
func reportUnchecked(pass *analysis.Pass, s uncheckedStmt, fn *types.Func) {
	name := uncheckedCallName(pass, s.call, fn)
	why := uncheckedWhy(fn)
	var msg string
	switch s.stmt.(type) {
	case *ast.GoStmt:
		msg = fmt.Sprintf("errcheckcb: error returned by %s is lost in a go statement: %s; call it in a func literal that handles the error", name, why)
	case *ast.DeferStmt:
		msg = fmt.Sprintf("errcheckcb: error returned by deferred %s is not checked: %s; defer a func literal that handles it (e.g. joins it into a named error result)", name, why)
	default:
		msg = fmt.Sprintf("errcheckcb: error returned by %s is not checked: %s; handle it or assign it to _ with a comment saying why", name, why)
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

// isConstrainedFile reports whether f is built only for some platforms or
// tags (a //go:build line or a _GOOS/_GOARCH file name): a function there
// may have another body elsewhere, so its own body proves nothing.
func isConstrainedFile(fset *token.FileSet, f *ast.File) bool {
	for _, g := range f.Comments {
		if g.Pos() >= f.Package {
			break
		}
		for _, c := range g.List {
			if strings.HasPrefix(c.Text, "//go:build") || strings.HasPrefix(c.Text, "// +build") {
				return true
			}
		}
	}
	tf := fset.File(f.FileStart)
	if tf == nil {
		return false
	}
	name := tf.Name()
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimSuffix(name, ".go")
	name = strings.TrimSuffix(name, "_test")
	parts := strings.Split(name, "_")
	if len(parts) < 2 {
		return false
	}
	last := parts[len(parts)-1]
	return knownOS[last] || knownArch[last]
}

var knownOS = setOf("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos")

var knownArch = setOf("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm")

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
