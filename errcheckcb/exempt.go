package errcheckcb

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// The calls that errcheckcb/unchecked exempts by their form rather than
// by name (unchecked_exclude.go holds the exclusions by name): what they
// write to, their constant arguments, or the statement after them.

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
		if !strings.HasPrefix(fn.Name(), "Write") {
			return false
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		t := info.TypeOf(sel.X)
		if t == nil || !types.IsInterface(t) {
			return false
		}
		switch fn.Name() {
		case "Write", "WriteString", "WriteByte", "WriteRune":
			return true
		}
		// Another Write method of a stream that is an io.Writer too: a
		// protocol's response writer (WriteMsg of a DNS server's), which
		// fails only when the peer has gone.
		return types.Implements(t, ioWriterType)
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

// isPrompt reports whether call writes (fmt.Fprint*, io.WriteString, a
// Write method) and the next statement reads a password from the terminal
// (a ReadPassword of a package term or terminal, as golang.org/x/term's):
// the write is the prompt, and a terminal that cannot be written cannot be
// read either.
func isPrompt(info *types.Info, call *ast.CallExpr, fn *types.Func, next ast.Stmt) bool {
	if next == nil || writeDest(info, call, fn) == nil && !strings.HasPrefix(fn.Name(), "Write") {
		return false
	}
	found := false
	ast.Inspect(next, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if f := typeutil.StaticCallee(info, c); f != nil && f.Name() == "ReadPassword" && f.Pkg() != nil &&
				(f.Pkg().Name() == "term" || f.Pkg().Name() == "terminal") {
				found = true
			}
		}
		return !found
	})
	return found
}
