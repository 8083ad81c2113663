package errcheckcb

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// openFiles is what errcheckcb/unchecked learns, in its walk, of the
// variables that hold a file opened for writing, whose writes and Close
// must be checked wherever they are (see lossKind), and of the buffered
// writers over them, whose Flush must be too.
type openFiles struct {
	// written: variables holding a file opened for writing; notWriting:
	// how many of their uses call a method that does not write (Close,
	// Name, Stat, Fd, Truncate); synced: Sync called, so Close loses nothing.
	written    map[types.Object]bool
	notWriting map[types.Object]int
	synced     map[types.Object]bool
	// closes: how many of their uses call Close.
	closes map[types.Object]int
	// buffered: variables holding a buffered writer the function made
	// (see buffersOutput), whose Flush writes what it was given.
	buffered map[types.Object]bool
	// inPlace: files opened for writing without being created or
	// truncated or appended to (os.OpenFile with a constant flag that has
	// none of O_CREATE, O_TRUNC, O_APPEND): a device such as /dev/tty, CONOUT$ or a serial
	// port, or an existing file rewritten in place, which settle moves to
	// written once a use positions in it (Truncate, Seek, WriteAt).
	inPlace map[types.Object]bool
	// positioned: in-place files truncated, seeked or written at an
	// offset: data files, not devices.
	positioned map[types.Object]bool
	// sinks: write-only sinks the function made (see makesSink), which
	// settle moves to written when the function closes them: a writer it
	// finishes is output it produces; one it keeps open (stored in a
	// field, a terminal emulator's input) is a stream.
	sinks map[types.Object]bool
	// readable: sinks whose type can also be read at an offset (ReadAt:
	// a random-access handle such as a 9P fid), which settle keeps only
	// when the function writes to them (wrote).
	readable map[types.Object]bool
	wrote    map[types.Object]bool
	// paths: the variable holding the path a written file was opened by
	// (f, err := os.Create(path)), for removedNext.
	paths map[types.Object]types.Object
	// over: for each sink and buffered writer, the writers it was made
	// over, which settle follows to where its output goes (sinkdest.go).
	over   map[types.Object][]overWriter
	resets []resetCall
}

// settle, after the walk, counts as written the in-place files that were
// positioned in (a kubeconfig opened O_RDWR, truncated and rewritten is a
// data file whatever its flags) and the sinks the function closes; it
// forgets the sinks and buffered writers whose output goes nowhere the
// function produces (see producesOutput).
func (o *openFiles) settle(info *types.Info) {
	for obj := range o.positioned {
		if o.inPlace[obj] {
			delete(o.inPlace, obj)
			o.written[obj] = true
		}
	}
	for _, r := range o.resets {
		if o.over[r.obj] != nil {
			o.over[r.obj] = append(o.over[r.obj], r.to)
		}
	}
	var away []types.Object
	for obj := range o.over {
		if !o.producesOutput(info, obj, make(map[types.Object]bool)) {
			away = append(away, obj)
		}
	}
	for _, obj := range away {
		delete(o.sinks, obj)
		delete(o.buffered, obj)
	}
	for obj := range o.readable {
		if !o.wrote[obj] {
			delete(o.sinks, obj)
		}
	}
	for obj := range o.sinks {
		if o.closes[obj] > 0 {
			o.written[obj] = true
		}
	}
}

func newOpenFiles() *openFiles {
	return &openFiles{
		written:    make(map[types.Object]bool),
		notWriting: make(map[types.Object]int),
		synced:     make(map[types.Object]bool),
		closes:     make(map[types.Object]int),
		buffered:   make(map[types.Object]bool),
		inPlace:    make(map[types.Object]bool),
		positioned: make(map[types.Object]bool),
		sinks:      make(map[types.Object]bool),
		readable:   make(map[types.Object]bool),
		wrote:      make(map[types.Object]bool),
		paths:      make(map[types.Object]types.Object),
		over:       make(map[types.Object][]overWriter),
	}
}

// define records that obj (nil: nothing) is assigned the value of e, in
// the function whose walk stack is given.
func (o *openFiles) define(info *types.Info, obj types.Object, e ast.Expr, stack []ast.Node) {
	if obj == nil {
		return
	}
	switch opensForWriting(info, e) {
	case openOutput:
		o.written[obj] = true
		if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) > 0 {
			if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && info.Uses[id] != nil {
				o.paths[obj] = info.Uses[id]
			}
		}
		return
	case openInPlace:
		o.inPlace[obj] = true
		return
	}
	if sink := makesSink(info, e); sink != notSink {
		o.sinks[obj] = true
		if sink == readableSink {
			o.readable[obj] = true
		}
	} else if buffersOutput(info, e) {
		o.buffered[obj] = true
	} else {
		return
	}
	o.over[obj] = append(o.over[obj], overWriter{arg: writerArg(info, e), fn: outerFunc(stack)})
}

// use records a method selected on a variable or field (see settle); stack
// is the walk's, ending at sel.
func (o *openFiles) use(info *types.Info, sel *ast.SelectorExpr, stack []ast.Node) {
	// Counted for any variable, before knowing whether it holds a file:
	// a field may be assigned its file in a method further down the file.
	o.noteWrite(info, sel, stack)
	switch sel.Sel.Name {
	case "Close", "Name", "Stat", "Fd", "Sync", "Truncate", "Seek", "WriteAt":
	case "Reset":
		if len(stack) > 1 {
			if call, ok := stack[len(stack)-2].(*ast.CallExpr); ok && call.Fun == sel {
				o.reset(info, sel, call, stack)
			}
		}
		return
	default:
		return
	}
	obj := heldVar(info, sel.X)
	if obj == nil {
		return
	}
	switch sel.Sel.Name {
	case "Truncate":
		// A synchronous ftruncate, checked on its own: a file only
		// truncated has nothing a Close could lose (asciich's emptied
		// file, buildah's disk image made to its size).
		o.positioned[obj] = true
		o.notWriting[obj]++
	case "Seek", "WriteAt":
		o.positioned[obj] = true
	case "Close", "Name", "Stat", "Fd":
		o.notWriting[obj]++
		if sel.Sel.Name == "Close" {
			o.closes[obj]++
		}
	case "Sync":
		o.synced[obj] = true
	}
}

// flushed returns the written file or sink, or the buffered writer over
// one, whose Sync or Flush call is; nil for any other call.
func (o *openFiles) flushed(info *types.Info, call *ast.CallExpr, fn *types.Func) types.Object {
	recv := methodReceiver(info, call, fn, "Sync")
	if recv == nil {
		recv = methodReceiver(info, call, fn, "Flush")
	}
	if recv != nil && (o.written[recv] || o.buffered[recv]) {
		return recv
	}
	return nil
}

// How a call opens a file: not for writing, for output it produces
// (os.Create, os.CreateTemp, os.OpenFile with O_CREATE, O_TRUNC or
// O_APPEND, or a flag that is not constant), or in place (os.OpenFile for
// writing with none of them: the file must exist already and is written
// from its start, as a device is).
const (
	openNone = iota
	openOutput
	openInPlace
)

// opensForWriting reports how e opens a file (see openOutput).
func opensForWriting(info *types.Info, e ast.Expr) int {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return openNone
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" {
		return openNone
	}
	switch fn.Name() {
	case "Create", "CreateTemp":
		return openOutput
	case "OpenFile":
		if len(call.Args) < 2 {
			return openNone
		}
		tv, ok := info.Types[call.Args[1]]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
			return openOutput
		}
		flag, exact := constant.Int64Val(tv.Value)
		if !exact {
			return openOutput
		}
		// The flags' values are the target platform's, from its os
		// package.
		os := fn.Pkg()
		if flag&(osFlag(os, "O_WRONLY")|osFlag(os, "O_RDWR")) == 0 {
			return openNone
		}
		if flag&(osFlag(os, "O_CREATE")|osFlag(os, "O_TRUNC")|osFlag(os, "O_APPEND")) == 0 {
			return openInPlace
		}
		return openOutput
	}
	return openNone
}

// osFlag returns the value of the os package's integer constant name, or
// 0.
func osFlag(os *types.Package, name string) int64 {
	c, ok := os.Scope().Lookup(name).(*types.Const)
	if !ok {
		return 0
	}
	v, _ := constant.Int64Val(constant.ToInt(c.Val()))
	return v
}

// buffersOutput reports whether e is a call that makes a buffered writer,
// a value with a Flush method returning an error, over an io.Writer it is
// given (bufio.NewWriter(w), tabwriter.NewWriter(f, ...)): what the
// function writes into it reaches the destination only at Flush.
func buffersOutput(info *types.Info, e ast.Expr) bool {
	call, t := callResult(info, e)
	if call == nil {
		return false
	}
	flush, _, _ := types.LookupFieldOrMethod(t, true, nil, "Flush")
	fn, ok := flush.(*types.Func)
	if !ok {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
		return false
	}
	return writerArg(info, call) != nil
}

// methodReceiver returns the variable x of a call x.method(), or nil.
func methodReceiver(info *types.Info, call *ast.CallExpr, fn *types.Func, method string) types.Object {
	if fn.Name() != method {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return heldVar(info, sel.X)
}

// heldVar returns the variable that e names: a variable (f), or a field
// selected on one (l.out, whose object is the field, shared by every
// value of the struct type), or nil.
func heldVar(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok && v.IsField() {
			return v
		}
	}
	return nil
}
