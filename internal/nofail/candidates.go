package nofail

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// candidates returns the functions declared in the package's files that
// may never fail, with the returns and defer statements of their own bodies
// recorded. Test files count too: code outside them cannot call what they
// declare, so they change nothing for it, and an analyzer that reports in
// test files (errcheckcb -errcheckcb.tests) needs them.
func candidates(pass *analysis.Pass, inspect *inspector.Inspector) []*candidate {
	var (
		cands       []*candidate
		constrained bool
	)
	info := pass.TypesInfo
	inspect.Root().Inspect([]ast.Node{(*ast.File)(nil), (*ast.FuncDecl)(nil)}, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.File:
			constrained = isConstrainedFile(pass.Fset, n)
		case *ast.FuncDecl:
			fn, ok := info.Defs[n.Name].(*types.Func)
			if !ok {
				return false
			}
			c := newCandidate(fn, n, constrained)
			if c == nil {
				return false
			}
			cands = append(cands, c)
			// The function's own returns and defers: not those of the
			// function literals in it.
			cur.ChildAt(edge.FuncDecl_Body, -1).Inspect([]ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil), (*ast.DeferStmt)(nil), (*ast.UnaryExpr)(nil)}, func(cur inspector.Cursor) bool {
				switch n := cur.Node().(type) {
				case *ast.FuncLit:
					return false
				case *ast.UnaryExpr:
					// &err handed to anything: a later defer may set
					// the result through it.
					if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && isResult(fn, info.Uses[id]) {
						c.hasDefer = true
					}
				case *ast.ReturnStmt:
					c.addReturn(info, n)
				case *ast.DeferStmt:
					c.hasDefer = c.hasDefer || deferMaySetResult(info, n)
				}
				return true
			})
			return false
		}
		return true
	})
	return cands
}

// A candidate is a function declared in the package under analysis
// that may never fail: it has an error result, and every return seen so far
// gives a literal nil there, or forwards a call (deps) that must itself
// never fail.
type candidate struct {
	fn       *types.Func
	errIdx   []int // positions of the error results
	nresults int
	namedErr bool // an error result is named: a deferred func may set it
	hasDefer bool // a defer that may set it (see deferMaySetResult)
	ok       bool
	deps     []*types.Func
}

// newCandidate returns the candidate for fn, declared by decl in a
// file that is constrained or not (see isConstrainedFile), or nil if fn
// cannot qualify: no body, no error result, or a body that may be replaced
// on another platform.
func newCandidate(fn *types.Func, decl *ast.FuncDecl, constrained bool) *candidate {
	if decl.Body == nil || constrained {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	res := sig.Results()
	c := &candidate{fn: fn, nresults: res.Len(), ok: true}
	for i := 0; i < res.Len(); i++ {
		if astutil.IsErrorType(res.At(i).Type()) {
			c.errIdx = append(c.errIdx, i)
			if name := res.At(i).Name(); name != "" && name != "_" {
				c.namedErr = true
			}
		}
	}
	if len(c.errIdx) == 0 {
		return nil
	}
	return c
}

// addReturn records one return statement of the candidate's own body.
func (c *candidate) addReturn(info *types.Info, ret *ast.ReturnStmt) {
	if !c.ok {
		return
	}
	switch {
	case len(ret.Results) == 0:
		// A bare return gives the named results' current values.
		c.ok = false
	case len(ret.Results) == 1 && c.nresults > 1:
		// return f(): all results forwarded from one call.
		c.addForward(info, ret.Results[0])
	case len(ret.Results) == c.nresults:
		for _, i := range c.errIdx {
			r := ret.Results[i]
			if astutil.IsNilIdent(info, r) {
				continue
			}
			c.addForward(info, r)
		}
	default:
		c.ok = false
	}
}

// addForward records that e is returned in an error position: it is fine
// only if e is a static call of a function whose error results never fail.
func (c *candidate) addForward(info *types.Info, e ast.Expr) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		c.ok = false
		return
	}
	callee := typeutil.StaticCallee(info, call)
	if callee == nil {
		c.ok = false
		return
	}
	c.deps = append(c.deps, callee.Origin())
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

var knownOS = astutil.WordSet("aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris wasip1 windows zos")

var knownArch = astutil.WordSet("386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm")

// deferMaySetResult reports whether a deferred call may set a named result
// of the function: it is a function literal or a func value (which may
// capture the result), or it is given an address (handleErr(&err)). A
// mutex's Unlock, or another function or method called by name with no
// address among its arguments, cannot: lazygit's gocui View.Write locks,
// defers the Unlock and returns len(p), nil.
func deferMaySetResult(info *types.Info, d *ast.DeferStmt) bool {
	if typeutil.StaticCallee(info, d.Call) == nil {
		return true
	}
	addr := false
	for _, a := range d.Call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
				addr = true
			}
			return !addr
		})
	}
	return addr
}

// isResult reports whether obj is one of fn's named results.
func isResult(fn *types.Func, obj types.Object) bool {
	res := fn.Type().(*types.Signature).Results()
	for i := 0; i < res.Len(); i++ {
		if res.At(i) == obj {
			return true
		}
	}
	return false
}
