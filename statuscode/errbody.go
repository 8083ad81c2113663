package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// A helper that writes the error's text only when it has one
// (`w.WriteHeader(code); if err != nil { w.Write([]byte(err.Error())) }`)
// writes a complete error response wherever its caller passes an error
// that cannot be nil (fmt.Errorf(...), or err inside `if err != nil`).
// After such a call the handler has answered, and a later write is a
// second response (temporal-large-payload-codec's getBlob streamed the blob
// after its 400).

// bodyOnAllPaths reports whether every path of fi that returns writes a
// body somewhere (a must-analysis over the CFG). With given set, the paths
// are those where that error parameter is not nil: the branches of a test
// of it against nil that need it nil are not taken.
func (s *state) bodyOnAllPaths(fi *funcInfo, given *types.Var) bool {
	if fi.deferW {
		return false
	}
	preds := make(map[*cfg.Block][]*cfg.Block)
	reached := map[*cfg.Block]bool{fi.g.Blocks[0]: true}
	work := []*cfg.Block{fi.g.Blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		dead := s.deadEdges(b) | s.nilTestEdges(b, given)
		for i, succ := range b.Succs {
			if dead&(1<<i) != 0 {
				continue
			}
			preds[succ] = append(preds[succ], b)
			if !reached[succ] {
				reached[succ] = true
				work = append(work, succ)
			}
		}
	}
	writesBody := func(b *cfg.Block) bool {
		for _, n := range b.Nodes {
			switch s.nodeEffect(fi, n).eff {
			case effBody, effBodyMaybe, effErrFull:
				return true
			}
		}
		return false
	}
	// out[b]: a body was written on every path through the end of b.
	out := make(map[*cfg.Block]bool)
	for b := range reached {
		out[b] = true
	}
	for changed := true; changed; {
		changed = false
		for b := range reached {
			in := b != fi.g.Blocks[0]
			for _, p := range preds[b] {
				if !out[p] {
					in = false
				}
			}
			if v := in || writesBody(b); v != out[b] {
				out[b], changed = v, true
			}
		}
	}
	any := false
	for b := range reached {
		if b.Return() != nil {
			if !out[b] {
				return false
			}
			any = true
		}
	}
	return any
}

// nilTestEdges returns the edges out of b that need v to be nil: the else
// of `v != nil`, the then of `v == nil`.
func (s *state) nilTestEdges(b *cfg.Block, v *types.Var) uint8 {
	if v == nil || len(b.Succs) != 2 || len(b.Nodes) == 0 {
		return 0
	}
	cond, ok := ast.Unparen(b.Nodes[len(b.Nodes)-1].(ast.Expr)).(*ast.BinaryExpr)
	if !ok || !s.comparesToNil(cond, v) {
		return 0
	}
	switch cond.Op {
	case token.NEQ:
		return deadElse
	case token.EQL:
		return deadThen
	}
	return 0
}

// comparesToNil reports whether cond compares v with nil.
func (s *state) comparesToNil(cond *ast.BinaryExpr, v *types.Var) bool {
	x, y := cond.X, cond.Y
	if s.isNil(x) {
		x, y = y, x
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && s.isNil(y) && s.pass.TypesInfo.Uses[id] == v
}

// bodyErrParam returns 1 + the index of fi's first error parameter that,
// when it is not nil, makes fi write a body on every path; 0 if none.
func (s *state) bodyErrParam(fi *funcInfo) int {
	for i := 0; i < fi.sig.Params().Len(); i++ {
		p := fi.sig.Params().At(i)
		if isErrorType(p.Type()) && s.bodyOnAllPaths(fi, p) {
			return i + 1
		}
	}
	return 0
}

// surelyNonNil reports whether the error arg of call, a statement of fi,
// cannot be nil: a new error from errors.New or fmt.Errorf, or a variable
// that the if around the call tests for != nil and the branch does not
// assign.
func (s *state) surelyNonNil(fi *funcInfo, call *ast.CallExpr, arg ast.Expr) bool {
	arg = ast.Unparen(arg)
	if c, ok := arg.(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(s.pass.TypesInfo, c).(*types.Func)
		return fn != nil && (fn.FullName() == "errors.New" || fn.FullName() == "fmt.Errorf")
	}
	v := s.errObject(arg)
	if v == nil {
		return false
	}
	// The innermost `if v != nil` around the call decides.
	var inner *ast.IfStmt
	for _, br := range s.branchesOf(fi) {
		ifs, isIf := br.stmt.(*ast.IfStmt)
		cond, ok := ast.Unparen(br.cond).(*ast.BinaryExpr)
		if isIf && ok && cond.Op == token.NEQ && !br.inverted && br.containsPos(call.Pos()) &&
			s.errObject(br.errExpr) == v && (inner == nil || ifs.Pos() > inner.Pos()) {
			inner = ifs
		}
	}
	return inner != nil && !s.assigns(inner.Body, v)
}

// assigns reports whether n assigns v anywhere.
func (s *state) assigns(n ast.Node, v types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if asg, ok := n.(*ast.AssignStmt); ok {
			for _, l := range asg.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && s.pass.TypesInfo.ObjectOf(id) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// errorWriter reports whether fn, an interface method (no body to read),
// is an error writer: it takes the writer and an error and returns nothing,
// so it answers that error in full (ory's herodot Writer().WriteError(w, r,
// err), which hydra and kratos fell through after).
func (s *state) errorWriter(fn *types.Func, sig *types.Signature) bool {
	recv := sig.Recv()
	if recv == nil || !types.IsInterface(recv.Type()) || sig.Results().Len() != 0 {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if isErrorType(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}
