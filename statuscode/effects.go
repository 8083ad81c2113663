package statuscode

import (
	"go/ast"
	"go/types"
)

// An effect is what one statement or call does to the response.
type effect uint8

const (
	effNone      effect = iota
	effHeader           // w.Header().Set/Add/Del, http.SetCookie: no write (late-header looks at it)
	effErrFull          // http.Error or http.NotFound with a status >= 400: status and body
	effErrStatus        // WriteHeader(>=400) or a helper that writes an error status first
	effStatus           // a status below 400 or not constant, a redirect, ServeContent
	effBody             // a body written with no status before it: an implicit 200
	effBodyMaybe        // the writer passed on as an io.Writer: a body, if anything
	effUnknown          // the writer escapes where it cannot be judged: a write, to be safe
	effErrOrNone        // a helper that writes an error status or nothing (only when it fails)
	effOkOrNone         // an adapter that writes nothing when it fails: its caller writes the status it returns
)

// writes reports whether e writes (or may write) the response.
func (e effect) writes() bool { return e >= effErrFull }

// Bits of the set of "first write so far" values along the paths to a point.
const (
	bNone    uint8 = 1 << iota // nothing written yet
	bErr                       // first write: an error status
	bStatus                    // first write: another status
	bBody                      // first write: a body (implicit 200)
	bMaybe                     // first write: probably a body
	bUnknown                   // first write: cannot tell
)

// bDefinite are the first writes that surely sent the header.
const bDefinite = bErr | bStatus | bBody

func (e effect) bit() uint8 {
	switch e {
	case effErrFull, effErrStatus:
		return bErr
	case effStatus:
		return bStatus
	case effBody:
		return bBody
	case effBodyMaybe:
		return bMaybe
	case effUnknown:
		return bUnknown
	case effErrOrNone:
		return bErr
	case effOkOrNone:
		return bUnknown
	}
	return 0
}

type nodeEffect struct {
	eff effect
	at  ast.Node // the call (or use) that has the effect
}

// nodeEffect returns the first effect of a CFG node on the response, memoised.
func (s *state) nodeEffect(fi *funcInfo, n ast.Node) nodeEffect {
	if ne, ok := fi.effects[n]; ok {
		return ne
	}
	ne := s.computeNodeEffect(fi, n)
	fi.effects[n] = ne
	return ne
}

func (s *state) computeNodeEffect(fi *funcInfo, n ast.Node) nodeEffect {
	switch n := n.(type) {
	case *ast.DeferStmt:
		return nodeEffect{} // judged through fi.deferW
	case *ast.AssignStmt:
		if len(n.Lhs) == 1 && len(n.Rhs) == 1 && s.isClosureVar(fi, n.Lhs[0]) {
			return nodeEffect{} // reply := func(...) {...}: judged at its calls
		}
		if s.isFlusherAssign(n) {
			return nodeEffect{} // f, ok := w.(http.Flusher): judged at f.Flush()
		}
		// x := <writer or &T{writer}> makes an alias and writes nothing;
		// calls on the right are judged as usual.
		if s.allAliases(fi, n.Lhs) {
			return s.exprsEffect(fi, n.Rhs, true)
		}
	case *ast.ValueSpec:
		names := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			names[i] = id
		}
		if s.allAliases(fi, names) {
			return s.exprsEffect(fi, n.Values, true)
		}
	}
	return s.walkEffect(fi, n, false)
}

func (s *state) allAliases(fi *funcInfo, lhs []ast.Expr) bool {
	some := false
	for _, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			return false
		}
		if id.Name == "_" {
			continue
		}
		v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || !fi.writers[v] {
			return false
		}
		some = true
	}
	return some
}

func (s *state) exprsEffect(fi *funcInfo, es []ast.Expr, aliasing bool) nodeEffect {
	for _, e := range es {
		if ne := s.walkEffect(fi, e, aliasing); ne.eff.writes() {
			return ne
		}
	}
	return nodeEffect{}
}

// walkEffect finds the first write in n. With aliasing set, bare references
// to a writer (outside calls) do not count: n is the right side of an alias.
func (s *state) walkEffect(fi *funcInfo, n ast.Node, aliasing bool) nodeEffect {
	var ne nodeEffect
	ast.Inspect(n, func(m ast.Node) bool {
		if ne.eff.writes() {
			return false
		}
		switch m := m.(type) {
		case *ast.FuncLit:
			if s.mentions(fi, m) {
				ne = nodeEffect{effUnknown, m}
			}
			return false
		case *ast.CallExpr:
			if e, judged := s.callEffect(fi, m); judged {
				if e.writes() {
					ne = nodeEffect{e, m}
				}
				return false
			}
		case *ast.SelectorExpr:
			if s.isDataField(fi, m) {
				return false // cw.accountName of a wrapper: data, no write
			}
		case *ast.Ident:
			if !aliasing && s.isWriter(fi, m) {
				ne = nodeEffect{effUnknown, m}
			}
		}
		return true
	})
	return ne
}
