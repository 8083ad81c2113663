package errcheckcb

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Calls that cannot fail given their arguments, for errcheckcb/blank (see
// needsNoReason): a peek at what is buffered, json.Marshal of a type that
// always encodes, a cipher given a key of a fixed valid length.

// isBuffered reports whether arg, the argument of r.Peek, is r.Buffered(),
// or a variable defined as r.Buffered() (n := r.Buffered(); ... r.Peek(n)).
func (b *blankChecker) isBuffered(peek *ast.CallExpr, arg ast.Expr) bool {
	sel, ok := ast.Unparen(peek.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	info := b.pass.TypesInfo
	arg = ast.Unparen(arg)
	if id, ok := arg.(*ast.Ident); ok {
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.Pkg() != b.pass.Pkg {
			return false
		}
		// The definition: n := r.Buffered(), found by its position.
		def, ok := b.inspect.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
		if !ok {
			return false
		}
		as, ok := def.Parent().Node().(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Lhs[0] != def.Node() {
			return false
		}
		arg = ast.Unparen(as.Rhs[0])
	}
	call, ok := arg.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	bsel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || bsel.Sel.Name != "Buffered" {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.FullName() == "(*bufio.Reader).Buffered" && types.ExprString(bsel.X) == types.ExprString(sel.X)
}

// bufferedGuard reports whether a Peek(n) with constant n sits inside
// "if r.Buffered() > m" (or >= m) with m large enough, on the same reader.
func (b *blankChecker) bufferedGuard(peek *ast.CallExpr, stack []ast.Node) bool {
	info := b.pass.TypesInfo
	v := info.Types[peek.Args[0]].Value
	sel, ok := ast.Unparen(peek.Fun).(*ast.SelectorExpr)
	if v == nil || !ok {
		return false
	}
	n, exact := constant.Int64Val(constant.ToInt(v))
	if !exact {
		return false
	}
	for i := len(stack) - 1; i > 0; i-- {
		if _, ok := stack[i].(*ast.FuncLit); ok {
			return false
		}
		ifs, ok := stack[i-1].(*ast.IfStmt)
		if !ok || ifs.Body != stack[i] {
			continue
		}
		cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || (cond.Op != token.GTR && cond.Op != token.GEQ) {
			continue
		}
		call, ok := ast.Unparen(cond.X).(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			continue
		}
		bsel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || types.ExprString(bsel.X) != types.ExprString(sel.X) {
			continue
		}
		if fn, ok := typeutil.Callee(info, call).(*types.Func); !ok || fn.FullName() != "(*bufio.Reader).Buffered" {
			continue
		}
		m := info.Types[cond.Y].Value
		if m == nil {
			continue
		}
		k, exact := constant.Int64Val(constant.ToInt(m))
		if exact && (cond.Op == token.GTR && k >= n-1 || cond.Op == token.GEQ && k >= n) {
			return true
		}
	}
	return false
}

// blankKeyLens are constructors whose only failure is a key (or nonce) of
// the wrong length, with the valid lengths of each leading argument.
var blankKeyLens = map[string][][]int{
	"crypto/aes.NewCipher":                                  {{16, 24, 32}},
	"crypto/des.NewCipher":                                  {{8}},
	"crypto/des.NewTripleDESCipher":                         {{24}},
	"golang.org/x/crypto/chacha20.NewUnauthenticatedCipher": {{32}, {12, 24}},
	"golang.org/x/crypto/chacha20.HChaCha20":                {{32}, {16}},
	"golang.org/x/crypto/chacha20poly1305.New":              {{32}},
	"golang.org/x/crypto/chacha20poly1305.NewX":             {{32}},
	"github.com/minio/highwayhash.New":                      {{32}},
	"github.com/minio/highwayhash.New64":                    {{32}},
	"github.com/minio/highwayhash.New128":                   {{32}},
	"github.com/minio/highwayhash.NewDigest64":              {{32}},
	"github.com/minio/highwayhash.NewDigest128":             {{32}},
}

// blankStaticLen returns the length of e when its type or form fixes it:
// an array, a slice of an array or with constant bounds, a slice literal.
func blankStaticLen(info *types.Info, e ast.Expr) (int, bool) {
	e = ast.Unparen(e)
	arrayLen := func(e ast.Expr) (int, bool) {
		t := info.TypeOf(e)
		if t == nil {
			return 0, false
		}
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if a, ok := t.Underlying().(*types.Array); ok {
			return int(a.Len()), true
		}
		return 0, false
	}
	constInt := func(e ast.Expr) (int, bool) {
		if v := info.Types[e].Value; v != nil {
			if n, exact := constant.Int64Val(constant.ToInt(v)); exact {
				return int(n), true
			}
		}
		return 0, false
	}
	switch e := e.(type) {
	case *ast.SliceExpr:
		low, high := 0, 0
		ok := true
		if e.Low != nil {
			low, ok = constInt(e.Low)
		}
		if !ok {
			return 0, false
		}
		if e.High != nil {
			high, ok = constInt(e.High)
		} else {
			high, ok = arrayLen(e.X)
		}
		if !ok || high < low {
			return 0, false
		}
		return high - low, true
	case *ast.CompositeLit:
		if t := info.TypeOf(e); t == nil {
			return 0, false
		} else if _, ok := t.Underlying().(*types.Slice); ok {
			for _, elt := range e.Elts {
				if _, keyed := elt.(*ast.KeyValueExpr); keyed {
					return 0, false
				}
			}
			return len(e.Elts), true
		}
	}
	return arrayLen(e)
}
