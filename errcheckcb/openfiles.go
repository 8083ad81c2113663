package errcheckcb

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// openFiles is what errcheckcb/unchecked learns, in its walk, of the
// variables that hold a file opened for writing, whose writes and Close
// must be checked wherever they are (see mustCheck), and of buffered
// writers over the console, whose Flush is as unchecked as fmt.Println.
type openFiles struct {
	// written: variables holding a file opened for writing; notWriting:
	// how many of their uses call a method that does not write (Close,
	// Name, Stat, Fd); synced: Sync called, so Close loses nothing.
	written    map[types.Object]bool
	notWriting map[types.Object]int
	synced     map[types.Object]bool
	// closes: how many of their uses call Close.
	closes map[types.Object]int
	// console: buffered writers over os.Stdout or os.Stderr.
	console map[types.Object]bool
	// devices: files opened by a constant "/dev/..." path (/dev/tty).
	devices map[types.Object]bool
}

func newOpenFiles() *openFiles {
	return &openFiles{
		written:    make(map[types.Object]bool),
		notWriting: make(map[types.Object]int),
		synced:     make(map[types.Object]bool),
		closes:     make(map[types.Object]int),
		console:    make(map[types.Object]bool),
		devices:    make(map[types.Object]bool),
	}
}

// define records that obj (nil: nothing) is assigned the value of e.
func (o *openFiles) define(info *types.Info, obj types.Object, e ast.Expr) {
	if obj == nil {
		return
	}
	if opensDevice(info, e) {
		o.devices[obj] = true
	} else if opensForWriting(info, e) || makesSink(info, e) {
		o.written[obj] = true
	} else if wrapsConsole(info, e) {
		o.console[obj] = true
	}
}

// use records a method selected on a file opened for writing.
func (o *openFiles) use(info *types.Info, sel *ast.SelectorExpr) {
	if len(o.written) == 0 {
		return
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok || !o.written[info.Uses[id]] {
		return
	}
	switch sel.Sel.Name {
	case "Close", "Name", "Stat", "Fd":
		o.notWriting[info.Uses[id]]++
		if sel.Sel.Name == "Close" {
			o.closes[info.Uses[id]]++
		}
	case "Sync":
		o.synced[info.Uses[id]] = true
	}
}

// consoleFlush reports whether call is the Flush of a buffered writer over
// the console.
func (o *openFiles) consoleFlush(info *types.Info, call *ast.CallExpr, fn *types.Func) bool {
	recv := methodReceiver(info, call, fn, "Flush")
	return recv != nil && o.console[recv]
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
	if opensDevice(info, e) {
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

// makesSink reports whether e is a call that makes a write-only sink
// whose Close completes the writing: a pointer to a named type, not of the
// os, io or net packages, that has a Write... method and a Close method
// returning an error, and no Read or SetDeadline method (not a file opened
// for reading, not a connection). WriterVersion is not a write. A gzip, zip or tar writer, a cloud
// storage object's writer, a parquet file writer: Close flushes the last
// block, writes the trailer or commits the upload.
func makesSink(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	t := info.TypeOf(call)
	if tuple, ok := t.(*types.Tuple); ok {
		if tuple.Len() == 0 {
			return false
		}
		t = tuple.At(0).Type()
	}
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	switch named.Obj().Pkg().Path() {
	case "os", "io", "net", "bufio":
		return false
	}
	mset := types.NewMethodSet(ptr)
	hasWrite, hasClose := false, false
	for i := 0; i < mset.Len(); i++ {
		m := mset.At(i).Obj()
		switch name := m.Name(); {
		case name == "Close":
			sig, _ := m.Type().(*types.Signature)
			hasClose = sig != nil && sig.Results().Len() == 1 && isErrorType(sig.Results().At(0).Type())
		case strings.HasPrefix(name, "Write") && !strings.HasPrefix(name, "Writer"):
			hasWrite = true // Write, WriteString, WriteBuffered; not WriterVersion
		case name == "Read", name == "SetDeadline":
			return false
		}
	}
	return hasWrite && hasClose
}

// opensDevice reports whether e calls os.Open, os.OpenFile or os.Create
// with a constant "/dev/..." path or a Windows device name (CONIN$,
// CONOUT$, CON, NUL): a device (/dev/tty for a password
// prompt, /dev/null), which holds no data that a failed write or close
// could lose.
func opensDevice(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" {
		return false
	}
	v := info.Types[call.Args[0]].Value
	if v == nil || v.Kind() != constant.String {
		return false
	}
	name := constant.StringVal(v)
	switch strings.ToUpper(name) {
	case "CONIN$", "CONOUT$", "CON", "NUL":
		return true // Windows' console and null devices
	}
	return strings.HasPrefix(name, "/dev/")
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

// methodReceiver returns the variable x of a call x.method(), or nil.
func methodReceiver(info *types.Info, call *ast.CallExpr, fn *types.Func, method string) types.Object {
	if fn.Name() != method {
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
