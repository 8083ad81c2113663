package errcheckcb

import (
	"go/ast"
	"go/types"
	"strings"
)

// The calls whose failure errcheckcb/unchecked reports beyond its usual
// places (must-check calls) and those it leaves alone as cleanup.

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
// a call of uncheckedMustCheck, a walk whose callback may fail, or a write
// to or close of a file that this function opened for writing.
func mustCheck(info *types.Info, call *ast.CallExpr, fn *types.Func, written map[types.Object]bool) bool {
	if fn == nil {
		return false
	}
	if uncheckedMustCheck[fn.Origin().FullName()] {
		return true
	}
	if isWalk(fn) {
		return !walkNeverFails(info, call)
	}
	if recv := methodReceiver(info, call, fn, "Close"); recv != nil && written[recv] {
		return true // also of a field that holds the file (l.out.Close())
	}
	dst := writeDest(info, call, fn)
	return dst != nil && written[dst]
}

// writeDest returns the variable that call writes to or closes: the
// destination of fmt.Fprint*, io.WriteString and io.Copy*, or x in
// x.Write(...), x.WriteString, x.WriteAt, x.ReadFrom and x.Close(); nil
// for any other call.
func writeDest(info *types.Info, call *ast.CallExpr, fn *types.Func) types.Object {
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
		return nil
	}
	if id, ok := ast.Unparen(dst).(*ast.Ident); ok {
		return info.Uses[id]
	}
	return nil
}

// isWalk reports whether fn is filepath.Walk, filepath.WalkDir or
// fs.WalkDir, whose error is the callback's (or the unreadable root's).
func isWalk(fn *types.Func) bool {
	switch fn.Origin().FullName() {
	case "path/filepath.Walk", "path/filepath.WalkDir", "io/fs.WalkDir":
		return true
	}
	return false
}

// walkNeverFails reports whether a walk's callback is a function literal
// whose every return gives nil, filepath.SkipDir or fs.SkipAll: the walk
// returns what its callback returns (also for an unreadable root, which is
// handed to the callback), so it cannot fail.
func walkNeverFails(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	lit, ok := ast.Unparen(call.Args[len(call.Args)-1]).(*ast.FuncLit)
	if !ok {
		return false
	}
	return everyResult(lit, func(r ast.Expr) bool {
		if isNilIdent(info, r) {
			return true
		}
		var obj types.Object
		switch r := ast.Unparen(r).(type) {
		case *ast.SelectorExpr:
			obj = info.Uses[r.Sel]
		case *ast.Ident:
			obj = info.Uses[r]
		}
		return obj != nil && obj.Pkg() != nil && (obj.Name() == "SkipDir" || obj.Name() == "SkipAll") &&
			(obj.Pkg().Path() == "path/filepath" || obj.Pkg().Path() == "io/fs")
	})
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
