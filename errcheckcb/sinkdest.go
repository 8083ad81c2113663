package errcheckcb

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/extinctlint/extinct/internal/astutil"
)

// Where a sink's or a buffered writer's output goes. Its Close or Flush is
// errcheckcb/unchecked's only where a failure loses output the function
// produces: a file opened for writing, a sink over one, or a writer the
// caller handed in (the caller's output: an archive streamed into a
// writer parameter). Where the output goes to a connection (fasthttp's
// pipelined writer: a failure surfaces on the reading side), a pipe (the
// reader has gone), the console (as unchecked as fmt.Print: tablewriter's
// table over os.Stdout), memory, nil (s2c's benchmark writer) or anywhere
// the function's data flow does not show, a dropped error is
// errcheckcb/unchecked-any's.

// overWriter is a writer a sink or buffered writer was made over (arg;
// nil: made over none, so it is its own destination, as a storage object's
// writer is), or reset to, in the outermost function fn around it.
type overWriter struct {
	arg ast.Expr
	fn  ast.Node
}

// writerArg returns the argument call gives at its first io.Writer
// parameter, not counting a variadic one (zstd.NewWriter(w, opts...)), or
// nil.
func writerArg(info *types.Info, e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	sig, ok := info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return nil
	}
	fixed := sig.Params().Len()
	if sig.Variadic() {
		fixed--
	}
	for i := 0; i < fixed && i < len(call.Args); i++ {
		if t := sig.Params().At(i).Type(); types.IsInterface(t) && types.Implements(t, astutil.IOWriter) {
			return call.Args[i]
		}
	}
	return nil
}

// outerFunc returns the outermost function declaration or literal on a
// walk's stack, or nil at package level.
func outerFunc(stack []ast.Node) ast.Node {
	for _, n := range stack {
		switch n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return n
		}
	}
	return nil
}

// reset records x.Reset(w) (call, whose Fun is sel): the sink or buffered
// writer x writes to w from then on.
func (o *openFiles) reset(info *types.Info, sel *ast.SelectorExpr, call *ast.CallExpr, stack []ast.Node) {
	if len(call.Args) != 1 || !isWriter(info, call.Args[0]) {
		return
	}
	if obj := heldVar(info, sel.X); obj != nil {
		o.resets = append(o.resets, resetCall{obj: obj, to: overWriter{arg: call.Args[0], fn: outerFunc(stack)}})
	}
}

// resetCall is an x.Reset(w) seen in the walk.
type resetCall struct {
	obj types.Object
	to  overWriter
}

// isWriter reports whether e's type has io.Writer's method.
func isWriter(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t != nil && types.Implements(t, astutil.IOWriter)
}

// producesOutput reports whether one of the writers the sink or buffered
// writer obj was made over or reset to is output the function produces.
func (o *openFiles) producesOutput(info *types.Info, obj types.Object, seen map[types.Object]bool) bool {
	if seen[obj] {
		return false
	}
	seen[obj] = true
	for _, w := range o.over[obj] {
		if w.arg == nil || o.isOutput(info, w.arg, w.fn, seen) {
			return true
		}
	}
	return false
}

// isOutput reports whether the writer e, in function fn, is output the
// function produces (see the comment at the top of the file).
func (o *openFiles) isOutput(info *types.Info, e ast.Expr, fn ast.Node, seen map[types.Object]bool) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if isNilIdent(info, e) || goesNowhere(info, e) {
		return false
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return o.isOutput(info, e.Args[0], fn, seen) // io.Writer(f)
		}
		if opensForWriting(info, e) == openOutput {
			return true
		}
		// A writer made over writers (bufio.NewWriter(f), a gzip
		// writer, io.MultiWriter(&buf, f)) writes into them; a sink made
		// over none is its own destination.
		if makesSink(info, e) != notSink && writerArg(info, e) == nil {
			return true
		}
		for _, a := range e.Args {
			if isWriter(info, a) && o.isOutput(info, a, fn, seen) {
				return true
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		obj := heldVar(info, e)
		switch {
		case obj == nil:
		case o.written[obj]:
			return true
		case o.over[obj] != nil:
			return o.producesOutput(info, obj, seen)
		case fn == nil || seen[obj]:
		case isParam(rootVar(info, e)):
			return true // a writer parameter, or one held in a parameter (config.Writer)
		default:
			seen[obj] = true
			return o.assignedOutput(info, fn, obj, seen)
		}
	}
	return false
}

// isParam reports whether v is a parameter (not a receiver or a result)
// of the function it is used in, or of a function literal in it: a writer
// the caller handed in.
func isParam(v *types.Var) bool {
	return v != nil && v.Kind() == types.ParamVar
}

// goesNowhere reports whether writes into e go to a connection (a value
// with net.Conn's methods), a pipe (*io.PipeWriter), the console
// (os.Stdout, os.Stderr) or memory (*bytes.Buffer, *strings.Builder,
// io.Discard): nothing a failure to write there loses is the function's
// output.
func goesNowhere(info *types.Info, e ast.Expr) bool {
	switch excludeArgName(info, e) {
	case "os.Stdout", "os.Stderr", "io.Discard", "*io.PipeWriter":
		return true
	}
	t := info.TypeOf(e)
	if t == nil {
		return false
	}
	if blankInMemory(t, true) || blankInMemory(types.NewPointer(t), true) {
		return true
	}
	for _, m := range [...]string{"Read", "Write", "Close", "LocalAddr", "RemoteAddr", "SetDeadline", "SetReadDeadline", "SetWriteDeadline"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj == nil {
			return false
		}
	}
	return true // a connection
}

// assignedOutput reports whether a value assigned to the local variable
// obj in fn is output the function produces (out := io.Writer(os.Stdout);
// if name != "" { out = f }).
func (o *openFiles) assignedOutput(info *types.Info, fn ast.Node, obj types.Object, seen map[types.Object]bool) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok || info.ObjectOf(id) != obj {
					continue
				}
				if len(n.Lhs) == len(n.Rhs) {
					found = found || o.isOutput(info, n.Rhs[i], fn, seen)
				} else if i == 0 && len(n.Rhs) == 1 {
					found = found || o.isOutput(info, n.Rhs[0], fn, seen) // w, err := open()
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] == obj && i < len(n.Values) && len(n.Names) == len(n.Values) {
					found = found || o.isOutput(info, n.Values[i], fn, seen)
				}
			}
		}
		return !found
	})
	return found
}

// tableForCaller reports whether obj, a buffered writer, is a text table
// (*text/tabwriter.Writer: columns aligned for a reader) over writers the
// caller handed in only: a listing printed for the caller's reader, as a
// fmt.Print to the console is, so its Flush is errcheckcb/unchecked-any's
// (docker/buildx, moby/buildkit and spdx/tools-golang print their lists
// so). One over a file this function opened is its output.
func (o *openFiles) tableForCaller(info *types.Info, obj types.Object) bool {
	if types.TypeString(obj.Type(), nil) != "*text/tabwriter.Writer" || len(o.over[obj]) == 0 {
		return false
	}
	for _, w := range o.over[obj] {
		if w.arg == nil || !isParam(rootVar(info, ast.Unparen(w.arg))) {
			return false
		}
	}
	return true
}
