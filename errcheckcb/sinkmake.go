package errcheckcb

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/extinctlint/extinct/internal/astutil"
)

// Which values are sinks (makesSink), and the writes into them that make a
// readable one output (noteWrite).

// takesWriterOnly reports whether call's callee has a parameter of an
// interface type that has io.Writer's method and no Read method: the
// value it makes writes into that writer (a parquet file writer made over
// io.Writer has no Write method of its own, only AppendRowGroup).
func takesWriterOnly(info *types.Info, call *ast.CallExpr) bool {
	sig, ok := info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if !types.IsInterface(t) || !types.Implements(t, astutil.IOWriter) {
			continue
		}
		if read, _, _ := types.LookupFieldOrMethod(t, false, nil, "Read"); read == nil {
			return true
		}
	}
	return false
}

// makesSink reports whether e is a call that makes a write-only sink
// whose Close completes the writing: a pointer to a named type, not of the
// os, io or net packages, that has a Write... method and a Close method
// returning an error, and no Read, SetDeadline, SetReadDeadline or
// RemoteAddr method (not a file opened for reading, not a connection:
// crowdsec's websocket reader; one with ReadAt is readableSink); a
// Write... method given an io.Writer writes the value out and is no
// write (WriteTo, WriteHistory(w)); or,
// without a Write method, made by a call given a writer that cannot be
// read (see takesWriterOnly). WriterVersion is not a write. A gzip, zip or
// tar writer, a cloud storage object's writer, a parquet file writer:
// Close flushes the last block, writes the trailer or commits the upload.
func makesSink(info *types.Info, e ast.Expr) int {
	call, t := callResult(info, e)
	if call == nil {
		return notSink
	}
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return notSink
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return notSink
	}
	switch named.Obj().Pkg().Path() {
	case "os", "io", "net", "bufio":
		return notSink
	}
	mset := types.NewMethodSet(ptr)
	hasWrite, hasClose, readable := false, false, false
	for i := 0; i < mset.Len(); i++ {
		m := mset.At(i).Obj()
		switch name := m.Name(); {
		case name == "Close":
			sig, _ := m.Type().(*types.Signature)
			hasClose = sig != nil && sig.Results().Len() == 1 && isErrorType(sig.Results().At(0).Type())
		case isWriteName(name) && !writesOut(m):
			hasWrite = true
		case name == "ReadAt":
			readable = true
		case name == "Read", name == "SetDeadline", name == "SetReadDeadline", name == "RemoteAddr":
			return notSink // read from, or a connection (a websocket's Conn reads messages, not bytes)
		}
	}
	switch {
	case !hasClose || !hasWrite && !takesWriterOnly(info, call):
		return notSink
	case readable:
		return readableSink
	}
	return writeSink
}

// What makesSink finds a call makes: no sink, a write-only sink, or a
// sink that can also be read at an offset (ReadAt), which is output only
// where the function writes to it: a 9P client file bound to an extended
// attribute, read with ReadAt and closed, has WriteAt too, but nothing
// was written to it.
const (
	notSink = iota
	writeSink
	readableSink
)

// noteWrite records, in wrote, the variables that the call sel selects
// writes to: x in x.Write...(...) and x.ReadFrom(...), and a variable
// given to it as an io.Writer (fmt.Fprintf(x, ...), io.Copy(x, r),
// tmpl.Execute(x, v)); stack is the walk's, ending at sel.
func (o *openFiles) noteWrite(info *types.Info, sel *ast.SelectorExpr, stack []ast.Node) {
	if name := sel.Sel.Name; isWriteName(name) || name == "ReadFrom" {
		if obj := heldVar(info, sel.X); obj != nil {
			o.wrote[obj] = true
		}
	}
	if len(stack) < 2 {
		return
	}
	call, ok := stack[len(stack)-2].(*ast.CallExpr)
	if !ok || call.Fun != sel || len(call.Args) == 0 {
		return
	}
	sig, ok := info.TypeOf(sel).(*types.Signature)
	if !ok {
		return
	}
	for i, a := range call.Args {
		if i >= sig.Params().Len() {
			break
		}
		t := sig.Params().At(i).Type()
		if !types.IsInterface(t) || !types.Implements(t, astutil.IOWriter) {
			continue
		}
		if obj := heldVar(info, a); obj != nil {
			o.wrote[obj] = true
		}
	}
}

// writesOut reports whether the method m takes an io.Writer: it writes
// its receiver's content out to that writer (io.WriterTo's WriteTo, a line
// editor's WriteHistory(w)), not data into its receiver.
func writesOut(m types.Object) bool {
	sig, ok := m.Type().(*types.Signature)
	if !ok {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if t := sig.Params().At(i).Type(); types.IsInterface(t) && types.Implements(t, astutil.IOWriter) {
			return true
		}
	}
	return false
}

// isWriteName reports whether a method's name says it writes: Write,
// WriteString, WriteAt, WriteBuffered; not WriterVersion.
func isWriteName(name string) bool {
	return strings.HasPrefix(name, "Write") && !strings.HasPrefix(name, "Writer")
}

// callResult returns e as a call and the type of its (first) result; nil
// when e is no call or has no result.
func callResult(info *types.Info, e ast.Expr) (*ast.CallExpr, types.Type) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	t := info.TypeOf(call)
	if tuple, ok := t.(*types.Tuple); ok {
		if tuple.Len() == 0 {
			return nil, nil
		}
		t = tuple.At(0).Type()
	}
	if t == nil {
		return nil, nil
	}
	return call, t
}
