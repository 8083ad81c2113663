package statuscode

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// Summary kinds: what a function does to a writer parameter on all paths
// that return. They are stored in writerFact, one per parameter.
const (
	sumNotWriter    uint8 = iota // the parameter is not an http.ResponseWriter
	sumNever                     // never writes
	sumErrorStatus               // writes a status >= 400 first, on every path
	sumStatus                    // writes a status first, on every path
	sumBody                      // writes a body first (implicit 200), on every path
	sumMay                       // anything else: may or may not write
	sumErrorOrNever              // writes a status >= 400 first or nothing (when it fails, say)
)

var sumNames = [...]string{"-", "never", "error-status", "status", "body", "may", "error-or-never"}

// writerFact summarises, for a function taking an http.ResponseWriter,
// what it does to the writer on all paths (Params[i] for parameter i).
type writerFact struct {
	Params []uint8
	// StatusParam is 1 + the index of the int parameter whose value the
	// function writes as the status when it writes one (writeError(w,
	// code, msg)); 0 if none. With an error status there, it writes an
	// error status first on every path.
	StatusParam int
	// Body says that the function also writes a body on every path that
	// returns: after its error status, the response is complete.
	Body bool
	// BodyErrParam is 1 + the index of an error parameter that, when not
	// nil, makes the function write a body on every path (errbody.go); 0
	// if none.
	BodyErrParam int
	// HeaderFirst says that the function sets a header before its first
	// write on every path (writeJSON sets Content-Type, then writes):
	// called after the status was written, its header is lost.
	HeaderFirst bool
}

func (*writerFact) AFact() {}

func (f *writerFact) String() string {
	var parts []string
	for _, k := range f.Params {
		if k != sumNotWriter && int(k) < len(sumNames) {
			parts = append(parts, sumNames[k])
		}
	}
	if f.Body {
		parts = append(parts, "body")
	}
	if f.HeaderFirst {
		parts = append(parts, "header-first")
	}
	if f.BodyErrParam > 0 {
		parts = append(parts, "body-if-err="+strconv.Itoa(f.BodyErrParam))
	}
	if f.StatusParam > 0 {
		parts = append(parts, "status-param="+strconv.Itoa(f.StatusParam))
	}
	return "writes(" + strings.Join(parts, ",") + ")"
}

func summaryEffect(k uint8) effect {
	switch k {
	case sumNever:
		return effNone
	case sumErrorStatus:
		return effErrStatus
	case sumStatus:
		return effStatus
	case sumBody:
		return effBody
	case sumErrorOrNever:
		return effErrOrNone
	}
	return effUnknown
}

// A paramSum is what a function does to one writer parameter, with the
// rest of its writerFact.
type paramSum struct {
	kind         uint8
	statusParam  int
	body         bool
	bodyErrParam int
}

// paramSummary returns what fn does to its i-th parameter, a writer: from
// this package's own summaries or from a fact about another package.
func (s *state) paramSummary(fn *types.Func, i int) (paramSum, bool) {
	fn = fn.Origin()
	if fn.Pkg() == s.pass.Pkg {
		if _, ok := s.decls[fn]; !ok {
			return paramSum{}, false
		}
		k := s.summary(fn)
		if k == sumNotWriter {
			return paramSum{}, false
		}
		return paramSum{k, s.statusParams[fn], s.bodies[fn], s.bodyErrs[fn]}, true
	}
	var f writerFact
	if s.pass.ImportObjectFact(fn, &f) && i < len(f.Params) && f.Params[i] != sumNotWriter {
		return paramSum{f.Params[i], f.StatusParam, f.Body, f.BodyErrParam}, true
	}
	return paramSum{}, false
}

// summary computes (once) the summary of a function declared in this
// package and exports it as a fact.
func (s *state) summary(fn *types.Func) uint8 {
	if k, ok := s.summaries[fn]; ok {
		return k
	}
	if s.busy[fn] {
		return sumMay // recursion: be safe
	}
	decl := s.decls[fn]
	if decl == nil {
		return sumNotWriter
	}
	fi := s.funcInfo(decl)
	if fi == nil {
		s.summaries[fn] = sumNotWriter
		return sumNotWriter
	}
	s.busy[fn] = true
	s.flow(fi)
	k := sumMay
	if !fi.deferW {
		k = kindOf(s.exitSet(fi))
	}
	s.summaries[fn] = k
	sp := 0
	if k == sumStatus || k == sumMay {
		sp = s.statusParam(fi)
		s.statusParams[fn] = sp
	}
	body, bodyErr := false, 0
	if k == sumErrorStatus || sp > 0 {
		body = s.bodyOnAllPaths(fi, nil)
		s.bodies[fn] = body
		if !body {
			bodyErr = s.bodyErrParam(fi)
			s.bodyErrs[fn] = bodyErr
		}
	}
	hf := k != sumNever && s.headerFirst(fi)
	s.headerFirsts[fn] = hf
	delete(s.busy, fn)

	if k == sumMay && sp == 0 && !hf && bodyErr == 0 {
		return k // no fact means "may write" to the importers
	}
	f := &writerFact{Params: make([]uint8, fi.sig.Params().Len()), StatusParam: sp, Body: body, BodyErrParam: bodyErr, HeaderFirst: hf}
	for i := range f.Params {
		p := fi.sig.Params().At(i)
		if isWriterType(p.Type()) {
			if p.Name() == "" || p.Name() == "_" {
				f.Params[i] = sumNever
			} else {
				f.Params[i] = k
			}
		}
	}
	s.pass.ExportObjectFact(fn, f)
	return k
}

// statusParam returns 1 + the index of the int parameter that fi writes as
// the status (WriteHeader(code), http.Error(w, msg, code)), if assuming it
// an error status makes fi write an error status first on every path; 0
// otherwise.
func (s *state) statusParam(fi *funcInfo) int {
	if fi.deferW {
		return 0
	}
	var cand *types.Var
	ast.Inspect(fi.body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || cand != nil {
			return cand == nil
		}
		var arg ast.Expr
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "WriteHeader" && len(call.Args) == 1 && s.isWriter(fi, sel.X) {
			arg = call.Args[0]
		} else if fn, ok := typeutil.Callee(s.pass.TypesInfo, call).(*types.Func); ok && fn.FullName() == "net/http.Error" && len(call.Args) == 3 {
			arg = call.Args[2]
		}
		if id, ok := ast.Unparen(arg).(*ast.Ident); ok && arg != nil {
			if v, ok := s.pass.TypesInfo.Uses[id].(*types.Var); ok && s.isIntParam(fi, v) {
				cand = v
			}
		}
		return true
	})
	if cand == nil {
		return 0
	}
	what := &funcInfo{node: fi.node, obj: fi.obj, body: fi.body, sig: fi.sig, g: fi.g, params: fi.params,
		writers: fi.writers, effects: make(map[ast.Node]nodeEffect), errParam: cand}
	s.flow(what)
	m := s.exitSet(what)
	if kindOf(m) != sumErrorStatus {
		return 0
	}
	for i := 0; i < fi.sig.Params().Len(); i++ {
		if fi.sig.Params().At(i) == cand {
			return i + 1
		}
	}
	return 0
}

// isIntParam reports whether v is a parameter of fi of integer type.
func (s *state) isIntParam(fi *funcInfo, v *types.Var) bool {
	b, ok := v.Type().Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	for i := 0; i < fi.sig.Params().Len(); i++ {
		if fi.sig.Params().At(i) == v {
			return true
		}
	}
	return false
}

// exitSet returns the set of first writes on the paths of fi that return
// (fi.in must be computed).
func (s *state) exitSet(fi *funcInfo) uint8 {
	var m uint8
	for _, b := range fi.g.Blocks {
		if _, reached := fi.in[b]; reached && b.Return() != nil {
			m |= s.transfer(fi, b, fi.in[b])
		}
	}
	return m
}

func kindOf(m uint8) uint8 {
	switch {
	case m == 0:
		return sumMay
	case m == bNone:
		return sumNever
	case m&^bErr == 0:
		return sumErrorStatus
	case m == bNone|bErr:
		return sumErrorOrNever
	case m&^(bErr|bStatus) == 0:
		return sumStatus
	case m&^(bBody|bMaybe) == 0:
		return sumBody
	}
	return sumMay
}

// apply updates the set of first writes by one effect.
func apply(m uint8, e effect) uint8 {
	if !e.writes() || m&bNone == 0 {
		return m
	}
	switch e {
	case effErrOrNone:
		return m | bErr // the paths where it wrote nothing go on unwritten
	case effOkOrNone:
		return m | bUnknown // the failing paths go on unwritten
	}
	return m&^bNone | e.bit()
}

// transfer returns the set of first writes at the end of b, given m at its
// start.
func (s *state) transfer(fi *funcInfo, b *cfg.Block, m uint8) uint8 {
	for _, n := range b.Nodes {
		m = apply(m, s.nodeEffect(fi, n).eff)
	}
	return m
}

// flow computes, for every block reachable from the entry, the set of
// first writes along the paths that reach it (forward, may-analysis).
func (s *state) flow(fi *funcInfo) {
	if fi.in != nil {
		return
	}
	fi.in = make(map[*cfg.Block]uint8)
	s.flowInto(fi, fi.in, apply)
}

// flowInto fills in, for every block reachable from the entry, with the set
// of first writes along the paths that reach it, ap applying one effect.
func (s *state) flowInto(fi *funcInfo, in map[*cfg.Block]uint8, ap func(uint8, effect) uint8) {
	entry := fi.g.Blocks[0]
	in[entry] = bNone
	work := []*cfg.Block{entry}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		out := in[b]
		for _, n := range b.Nodes {
			out = ap(out, s.nodeEffect(fi, n).eff)
		}
		dead := s.deadEdges(b)
		for i, succ := range b.Succs {
			if dead&(1<<i) != 0 {
				continue // an error branch that cannot run
			}
			old, seen := in[succ]
			if !seen || old|out != old {
				in[succ] = old | out
				work = append(work, succ)
			}
		}
	}
}

// isNilIdent reports whether e is the predeclared nil.
func (s *state) isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := s.pass.TypesInfo.Uses[id].(*types.Nil)
	return isNil
}
