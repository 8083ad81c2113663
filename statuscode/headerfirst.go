package statuscode

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/extinctlint/extinct/internal/astutil"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

const msgLateHeaderHelper = "%s sets a header before it writes, but the response was already written: its header is lost; call it before the status is written, or set the header first"

// Possibilities along the paths of a helper, before its first write.
const (
	hfNone    uint8 = 1 << iota // nothing set or written yet
	hfHeader                    // a header was set before any write
	hfWritten                   // a write came with no header set before it
)

// headerFirst reports whether fi, on every path that returns and writes,
// sets a header before its first write (and some path writes).
func (s *state) headerFirst(fi *funcInfo) bool {
	if fi.deferW {
		return false
	}
	in := map[*cfg.Block]uint8{fi.g.Blocks[0]: hfNone}
	transfer := func(b *cfg.Block, m uint8) uint8 {
		for _, n := range b.Nodes {
			if m&hfNone == 0 {
				break
			}
			switch {
			case s.nodeEffect(fi, n).eff.writes():
				m = m&^hfNone | hfWritten
			case s.setsHeader(fi, n):
				m = m&^hfNone | hfHeader
			}
		}
		return m
	}
	work := []*cfg.Block{fi.g.Blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		out := transfer(b, in[b])
		for _, succ := range b.Succs {
			if old, seen := in[succ]; !seen || old|out != old {
				in[succ] = old | out
				work = append(work, succ)
			}
		}
	}
	var m uint8
	for b, v := range in {
		if b.Return() != nil {
			m |= transfer(b, v)
		}
	}
	return m&^hfNone == hfHeader // a path that writes nothing loses nothing
}

// checkHelperHeader applies rule late-header to call, reached after the
// header was surely sent on every path: a helper given the writer that
// sets a header before it writes (writerFact.HeaderFirst).
func (s *state) checkHelperHeader(fi *funcInfo, call *ast.CallExpr) {
	fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func)
	if !ok || !s.hasWriterArg(fi, call) {
		return
	}
	fn = fn.Origin()
	hf := false
	if impls := s.localImpls(fn); impls != nil {
		hf = true
		for _, m := range impls {
			s.summary(m)
			hf = hf && s.headerFirsts[m]
		}
	} else if fn.Pkg() == s.pass.Pkg {
		if _, ok := s.decls[fn]; ok {
			s.summary(fn)
			hf = s.headerFirsts[fn]
		}
	} else {
		var f writerFact
		hf = s.pass.ImportObjectFact(fn, &f) && f.HeaderFirst
	}
	if hf {
		s.report(ruleLateHeader, call.Pos(), call.End(), fmt.Sprintf(msgLateHeaderHelper, fn.Name()), nil)
	}
}

// localImpls returns, for a method of an interface declared in this
// package, the methods of this package's named types (or pointers to them)
// that implement the interface; nil for other functions or when none does.
func (s *state) localImpls(fn *types.Func) []*types.Func {
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil || fn.Pkg() != s.pass.Pkg {
		return nil
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var impls []*types.Func
	scope := s.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || types.IsInterface(tn.Type()) {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(t, true, s.pass.Pkg, fn.Name())
			m, ok := obj.(*types.Func)
			if !ok || s.decls[m] == nil {
				return nil // an implementation whose body is elsewhere: unknown
			}
			impls = append(impls, m)
			break
		}
	}
	return impls
}

// setsHeader reports whether node n sets a header on the writer
// (w.Header().Set/Add/Del, http.SetCookie), outside function literals.
func (s *state) setsHeader(fi *funcInfo, n ast.Node) bool {
	return astutil.Contains(n, func(m ast.Node) bool {
		call, ok := m.(*ast.CallExpr)
		if !ok {
			return false
		}
		e, judged := s.callEffect(fi, call)
		return judged && e == effHeader
	})
}
