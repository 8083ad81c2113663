package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/cfg"
)

// funcInfo is what is known about one function that takes a writer.
type funcInfo struct {
	node    ast.Node // *ast.FuncDecl or *ast.FuncLit
	obj     *types.Func
	body    *ast.BlockStmt
	sig     *types.Signature
	g       *cfg.CFG
	params  []*types.Var        // the http.ResponseWriter parameters (nil when unnamed)
	writers map[*types.Var]bool // params and local variables that wrap them
	deferW  bool                // a defer statement refers to a writer
	// closures are the local variables bound once to a function literal
	// that uses the writer (reply := func(code int, msg string) {...}).
	closures    map[*types.Var]*ast.FuncLit
	closureInfo map[*ast.FuncLit]*funcInfo
	// errParam, when set, is an int parameter assumed to hold an error
	// status: the what-if analysis behind writerFact.StatusParam.
	errParam *types.Var

	// besideErr holds the variables assigned beside an error from one call
	// (status, err := fn(w, r)), found on first use (besideError).
	besideErr map[*types.Var]bool

	branches map[ast.Expr]*errBranch // memo: the error branches of body (branchesOf)
	straight map[*cfg.Block]bool     // memo: straightAfterStatus's answers

	summary *closureSummary             // memo, of a local closure: what its calls do
	effects map[ast.Node]nodeEffect     // memo: effect of each CFG node
	in      map[*cfg.Block]uint8        // first-write set at block entry
	ownIn   map[*cfg.Block]uint8        // the same by the function's own writes (noStatusSent), on first use
	preds   map[*cfg.Block][]*cfg.Block // memo: predecessors of each block (straightAfterStatus)
}

// isResponseWriter reports whether t is net/http.ResponseWriter.
func isResponseWriter(t types.Type) bool { return isNamed(t, "net/http", "ResponseWriter") }

// funcInfo returns the information about n, or nil if n takes no writer.
func (s *state) funcInfo(n ast.Node) *funcInfo {
	if fi, ok := s.infos[n]; ok {
		return fi
	}
	s.infos[n] = nil
	var (
		ftype *ast.FuncType
		body  *ast.BlockStmt
		obj   *types.Func
		g     *cfg.CFG
	)
	info := s.pass.TypesInfo
	switch n := n.(type) {
	case *ast.FuncDecl:
		if n.Body == nil {
			return nil
		}
		obj, _ = info.Defs[n.Name].(*types.Func)
		if obj == nil {
			return nil
		}
		ftype, body = n.Type, n.Body
		g = s.newCFG(n)
	case *ast.FuncLit:
		ftype, body = n.Type, n.Body
		g = s.newCFG(n)
	default:
		return nil
	}
	var sig *types.Signature
	if obj != nil {
		sig, _ = obj.Type().(*types.Signature)
	} else if tv, ok := info.Types[ftype]; ok {
		sig, _ = tv.Type.(*types.Signature)
	}
	if sig == nil || g == nil {
		return nil
	}
	var params []*types.Var
	any := false
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if isWriterType(p.Type()) {
			any = true
			if p.Name() == "" || p.Name() == "_" {
				params = append(params, nil)
			} else {
				params = append(params, p)
			}
		}
	}
	if !any {
		return nil
	}
	fi := &funcInfo{
		node:    n,
		obj:     obj,
		body:    body,
		sig:     sig,
		g:       g,
		params:  params,
		writers: make(map[*types.Var]bool),
		effects: make(map[ast.Node]nodeEffect),
	}
	for _, p := range params {
		if p != nil {
			fi.writers[p] = true
		}
	}
	s.findAliases(fi)
	s.infos[n] = fi
	return fi
}

// findAliases adds to fi.writers the local variables that hold a value made
// from a writer (rw := &recorder{w}, enc := json.NewEncoder(w)), and notes
// whether a defer refers to a writer.
func (s *state) findAliases(fi *funcInfo) {
	s.findClosures(fi)
	for changed := true; changed; {
		changed = false
		ast.Inspect(fi.body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					if len(n.Rhs) == 1 && s.mentions(fi, n.Rhs[0]) {
						for _, l := range n.Lhs {
							changed = s.addAlias(fi, l, true) || changed
						}
					}
					return true
				}
				for i, r := range n.Rhs {
					if _, ok := ast.Unparen(r).(*ast.FuncLit); ok && s.isClosureVar(fi, n.Lhs[i]) {
						continue // judged at its calls
					}
					if s.mentions(fi, r) {
						changed = s.addAlias(fi, n.Lhs[i], false) || changed
					}
				}
			case *ast.ValueSpec:
				for i, r := range n.Values {
					if i < len(n.Names) && s.mentions(fi, r) {
						changed = s.addAlias(fi, n.Names[i], false) || changed
					}
				}
			case *ast.CallExpr:
				// bw.Reset(w) binds a pooled writer to w, as
				// bufio.NewWriter(w) would.
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && s.isRebind(n) && s.mentions(fi, n) {
					changed = s.addAlias(fi, sel.X, false) || changed
				}
			}
			return true
		})
	}
	ast.Inspect(fi.body, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeferStmt); ok && s.mentions(fi, d.Call) {
			fi.deferW = true
		}
		return !fi.deferW
	})
}

// addAlias makes the variable that e names a writer, if it is a local
// variable (and, for one of several results of a call, byType, if its
// type can carry one: `user, ok := checkSession(w, r)` returns plain data).
// A single value that mentions the writer stays an alias whatever its
// type: it may be a page built while the writer was given to a helper.
func (s *state) addAlias(fi *funcInfo, e ast.Expr, byType bool) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return false
	}
	v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || fi.writers[v] || v.Pos() < fi.body.Pos() || v.Pos() > fi.body.End() {
		return false
	}
	if byType && !canCarryWriter(v.Type()) {
		return false
	}
	if !byType && !canCarryOld(v.Type()) {
		return false
	}
	fi.writers[v] = true
	return true
}

// canCarryWriter reports whether a value of type t can hold a writer: an
// interface other than error, a function (a closure over the writer), or
// a struct, pointer, slice or array with such a part. A struct of plain
// data (a user returned beside the writer by checkSession(w, r)) cannot,
// nor one whose only interface parts are payloads of type any.
func canCarryWriter(t types.Type) bool {
	return carries(t, 3)
}

func carries(t types.Type, depth int) bool {
	if depth == 0 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		// A payload field of type any in a struct (Response{status,
		// response any}, an adapter's answer) is data to encode.
		return !isError(t) && (depth == 3 || u.NumMethods() > 0)
	case *types.Signature:
		return true
	case *types.Pointer:
		return carries(u.Elem(), depth-1)
	case *types.Slice:
		return carries(u.Elem(), depth-1)
	case *types.Array:
		return carries(u.Elem(), depth-1)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if carries(u.Field(i).Type(), depth-1) {
				return true
			}
		}
	}
	return false
}

// canCarryOld is the coarse test for a single value: not a basic type,
// not a map, not error.
func canCarryOld(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Basic, *types.Map:
		return false
	case *types.Interface:
		return !isError(t)
	}
	return true
}

func isError(t types.Type) bool {
	return types.Identical(t, errorType)
}

var errorType = types.Universe.Lookup("error").Type()

// isWriter reports whether e is (a parenthesised) identifier of a writer.
func (s *state) isWriter(fi *funcInfo, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && fi.writers[v]
}

// mentions reports whether n refers to a writer anywhere, nested function
// literals included.
func (s *state) mentions(fi *funcInfo, n ast.Node) bool {
	if n == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		if id, ok := m.(*ast.Ident); ok {
			if v, ok := s.pass.TypesInfo.Uses[id].(*types.Var); ok && fi.writers[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// findClosures records the local variables defined once as a function
// literal and never assigned again that use the writer, directly or by
// calling another such closure (bad(msg) calling logAndError(400, msg)).
func (s *state) findClosures(fi *funcInfo) {
	assigned := make(map[*types.Var]int)
	lits := make(map[*types.Var]*ast.FuncLit)
	ast.Inspect(fi.body, func(n ast.Node) bool {
		asg, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range asg.Lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
			if !ok {
				continue
			}
			assigned[v]++
			if len(asg.Lhs) == len(asg.Rhs) && asg.Tok == token.DEFINE {
				if lit, ok := ast.Unparen(asg.Rhs[i]).(*ast.FuncLit); ok {
					lits[v] = lit
				}
			}
		}
		return true
	})
	for v := range lits {
		if assigned[v] != 1 {
			delete(lits, v)
		}
	}
	for changed := true; changed; {
		changed = false
		for v, lit := range lits {
			if fi.closures[v] == nil && (s.mentions(fi, lit) || s.callsClosure(fi, lit)) {
				if fi.closures == nil {
					fi.closures = make(map[*types.Var]*ast.FuncLit)
				}
				fi.closures[v], changed = lit, true
			}
		}
	}
}

// callsClosure reports whether lit calls one of fi's closures.
func (s *state) callsClosure(fi *funcInfo, lit *ast.FuncLit) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && s.isClosureVar(fi, call.Fun) {
			found = true
		}
		return !found
	})
	return found
}

func (s *state) isClosureVar(fi *funcInfo, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return ok && fi.closures[v] != nil
}
