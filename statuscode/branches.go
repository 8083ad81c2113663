package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// condKind classifies a branch condition.
type condKind uint8

const (
	condOther    condKind = iota
	condNonNil            // err != nil (possibly && more): a failure of any kind
	condSentinel          // errors.Is / errors.As / os.IsNotExist: a specific failure
	condNil               // err == nil: the else branch is the failure
)

// An errBranch is a branch taken because an error is non-nil.
type errBranch struct {
	stmt     ast.Node // *ast.IfStmt or *ast.CaseClause
	cond     ast.Expr // the condition (one expression of a case list)
	errExpr  ast.Expr // the error tested
	kind     condKind
	inverted bool      // the failure is the false edge (if err == nil {} else {})
	rest     bool      // the failure is the rest of the block after `if err == nil { ...; return }`
	from, to token.Pos // the branch's body
	list     []ast.Stmt
}

func (br *errBranch) containsPos(p token.Pos) bool { return br.from <= p && p < br.to }

// errorBranches returns the error branches of a function body, keyed by
// their condition, without entering nested function literals.
func (s *state) errorBranches(body *ast.BlockStmt) map[ast.Expr]*errBranch {
	out := make(map[ast.Expr]*errBranch)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if br := s.ifBranch(n); br != nil {
				out[n.Cond] = br
			}
		case *ast.BlockStmt:
			// `if err == nil { ...; return }` with no else: the failure
			// is the rest of the block.
			for i, st := range n.List {
				ifs, ok := st.(*ast.IfStmt)
				if !ok || ifs.Else != nil || i == len(n.List)-1 || !astutil.EndsInReturn(ifs.Body) {
					continue
				}
				if kind, errExpr := s.classifyCond(ifs.Cond); kind == condNil {
					out[ifs.Cond] = &errBranch{stmt: ifs, cond: ifs.Cond, errExpr: errExpr, kind: condNonNil, inverted: true, rest: true,
						from: n.List[i+1].Pos(), to: n.Rbrace, list: n.List[i+1:]}
				}
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				return true
			}
			for _, c := range n.Body.List {
				cc, ok := c.(*ast.CaseClause)
				if !ok {
					continue
				}
				for _, e := range cc.List {
					kind, errExpr := s.classifyCond(e)
					if kind == condNonNil || kind == condSentinel {
						out[e] = &errBranch{stmt: cc, cond: e, errExpr: errExpr, kind: kind,
							from: cc.Colon, to: cc.End(), list: cc.Body}
					}
				}
			}
		}
		return true
	})
	return out
}

// nilIsFailure reports whether br is the rest of a block after `if err ==
// nil { <error response>; return }`: there the nil error is the failure
// (`_, err := os.Stat(p); if err == nil { 403: it exists }`), and the
// rest, where err is not nil, is the way on (restic/rest-server's
// saveBlob).
func (s *state) nilIsFailure(fi *funcInfo, br *errBranch) bool {
	if !br.rest {
		return false
	}
	for _, st := range br.stmt.(*ast.IfStmt).Body.List {
		if e := s.nodeEffect(fi, st).eff; e == effErrFull || e == effErrStatus {
			return true
		}
	}
	return false
}

// ifBranch returns the error branch of an if statement, if it has one.
func (s *state) ifBranch(n *ast.IfStmt) *errBranch {
	kind, errExpr := s.classifyCond(n.Cond)
	switch kind {
	case condNonNil, condSentinel:
		return &errBranch{stmt: n, cond: n.Cond, errExpr: errExpr, kind: kind,
			from: n.Body.Lbrace, to: n.Body.End(), list: n.Body.List}
	case condNil:
		if blk, ok := n.Else.(*ast.BlockStmt); ok {
			return &errBranch{stmt: n, cond: n.Cond, errExpr: errExpr, kind: condNonNil, inverted: true,
				from: blk.Lbrace, to: blk.End(), list: blk.List}
		}
	}
	return nil
}

// classifyCond tells whether taking the true edge of e means an error is
// non-nil, and returns the error expression.
func (s *state) classifyCond(e ast.Expr) (condKind, ast.Expr) {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.NEQ, token.EQL:
			var x ast.Expr
			switch {
			case s.isNil(e.Y):
				x = e.X
			case s.isNil(e.X):
				x = e.Y
			default:
				return condOther, nil
			}
			if !s.isErrorExpr(x) {
				return condOther, nil
			}
			if e.Op == token.NEQ {
				return condNonNil, x
			}
			return condNil, x
		case token.LAND:
			if k, x := s.classifyCond(e.X); k == condNonNil || k == condSentinel {
				return k, x
			}
			if k, x := s.classifyCond(e.Y); k == condNonNil || k == condSentinel {
				return k, x
			}
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(s.pass.TypesInfo, e).(*types.Func)
		if !ok || fn.Pkg() == nil || len(e.Args) == 0 {
			return condOther, nil
		}
		switch fn.FullName() {
		case "errors.Is", "errors.As":
			if len(e.Args) == 2 && s.isContextErrValue(e.Args[1]) {
				return condOther, nil
			}
			return condSentinel, e.Args[0]
		case "os.IsNotExist", "os.IsExist", "os.IsPermission", "os.IsTimeout":
			return condSentinel, e.Args[0]
		}
	}
	return condOther, nil
}

// isErrorExpr reports whether e has an interface type that implements
// error, and is not a context's Err() (a client that went away), or names
// a value recovered from a panic.
func (s *state) isErrorExpr(e ast.Expr) bool {
	t := s.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	if !isErrorType(t) && !isErrorPointer(t) {
		return s.isRecovered(e)
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Err" {
			if isContext(s.pass.TypesInfo.TypeOf(sel.X)) {
				return false
			}
		}
	}
	return true
}

func isContext(t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Context" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context"
}

// isContextErrValue reports whether e is context.Canceled or
// context.DeadlineExceeded.
func (s *state) isContextErrValue(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := s.pass.TypesInfo.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "context"
}

// isErrorType reports whether t is an interface type that implements error.
func isErrorType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok && types.Implements(t, errorType.Underlying().(*types.Interface))
}

// isErrorPointer reports whether t is a pointer to a named type that
// implements error through it: a function that returns *ApiError beside
// its value (openziti) fails where that pointer is not nil.
func isErrorPointer(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, named := types.Unalias(p.Elem()).(*types.Named)
	return named && types.Implements(t, errorIface)
}
