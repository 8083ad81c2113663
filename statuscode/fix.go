package statuscode

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// lineIndent returns the white space before pos on its line, or false if
// something else precedes pos there.
func (s *state) lineIndent(pos token.Pos) (string, []byte, bool) {
	tf := s.pass.Fset.File(pos)
	if tf == nil {
		return "", nil, false
	}
	src, ok := s.sources[tf]
	if !ok {
		var err error
		if src, err = s.pass.ReadFile(tf.Name()); err != nil || len(src) != tf.Size() {
			src = nil
		}
		if s.sources == nil {
			s.sources = make(map[*token.File][]byte)
		}
		s.sources[tf] = src
	}
	if src == nil {
		return "", nil, false
	}
	off := tf.Offset(pos)
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	if off > len(src) || start > off {
		return "", nil, false
	}
	indent := src[start:off]
	if len(bytes.TrimLeft(indent, " \t")) != 0 {
		return "", nil, false
	}
	return string(indent), src, true
}

// resolves reports whether name, looked up at pos, is obj.
func (s *state) resolves(name string, pos token.Pos, obj types.Object) bool {
	inner := s.pass.Pkg.Scope().Innermost(pos)
	if inner == nil || obj == nil {
		return false
	}
	_, found := inner.LookupParent(name, pos)
	return found == obj
}

// importName returns the name under which file f imports path, with the
// edit that adds the import when it is missing.
func (s *state) importName(f *ast.File, path string, pos token.Pos) (string, []analysis.TextEdit, bool) {
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		name := path[strings.LastIndex(path, "/")+1:]
		if spec.Name != nil {
			name = spec.Name.Name
		}
		if name == "_" || name == "." {
			continue
		}
		pkgName, _ := s.pass.TypesInfo.Defs[spec.Name].(*types.PkgName)
		if spec.Name == nil {
			pkgName, _ = s.pass.TypesInfo.Implicits[spec].(*types.PkgName)
		}
		if pkgName == nil || !s.resolves(name, pos, pkgName) {
			return "", nil, false
		}
		return name, nil, true
	}
	if path != "net/http" {
		return "", nil, false
	}
	// Add the import: into the first parenthesised import declaration, in
	// sorted position among the standard library group, or as a new one.
	name := "http"
	if inner := s.pass.Pkg.Scope().Innermost(pos); inner != nil {
		if _, obj := inner.LookupParent(name, pos); obj != nil {
			return "", nil, false // the name is taken
		}
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			return "", nil, false
		}
		at := gd.Rparen
		for _, sp := range gd.Specs {
			is := sp.(*ast.ImportSpec)
			p, _ := strconv.Unquote(is.Path.Value)
			if p > path || strings.Contains(p, ".") {
				at = is.Pos()
				break
			}
		}
		indent, _, ok := s.lineIndent(at)
		if !ok {
			return "", nil, false
		}
		if at == gd.Rparen {
			return name, []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\t\"net/http\"\n")}}, true
		}
		return name, []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\"net/http\"\n" + indent)}}, true
	}
	at := f.Name.End()
	return name, []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n\nimport \"net/http\"")}}, true
}

// missingStatusFix inserts, before ret, the error response: the unified
// function when one is configured, http.Error with a 500 otherwise.
func (s *state) missingStatusFix(fi *funcInfo, br *errBranch, ret *ast.ReturnStmt) []analysis.SuggestedFix {
	var w *types.Var
	for _, p := range fi.params {
		if p != nil {
			w = p
			break
		}
	}
	if w == nil || !s.resolves(w.Name(), ret.Pos(), w) {
		return nil
	}
	// Every path into this return must be clean, or the fix would write twice.
	if s.writtenBefore(fi, ret) {
		return nil
	}
	indent, _, ok := s.lineIndent(ret.Pos())
	if !ok {
		return nil
	}
	f := astutil.FileOf(s.pass.Files, ret.Pos())
	if f == nil {
		return nil
	}
	var call string
	var edits []analysis.TextEdit
	if len(s.unified) > 0 {
		call, edits, ok = s.unifiedCall(fi, br, f, ret.Pos(), w)
		if !ok {
			return nil
		}
	} else {
		h, imp, ok := s.importName(f, "net/http", ret.Pos())
		if !ok {
			return nil
		}
		call = fmt.Sprintf("%s.Error(%s, %s.StatusText(%s.StatusInternalServerError), %s.StatusInternalServerError)", h, w.Name(), h, h, h)
		edits = imp
	}
	edits = append(edits, analysis.TextEdit{Pos: ret.Pos(), End: ret.Pos(), NewText: []byte(call + "\n" + indent)})
	return []analysis.SuggestedFix{{Message: "Write " + call + " before returning", TextEdits: edits}}
}

// writtenBefore reports whether some path from the entry writes before ret.
func (s *state) writtenBefore(fi *funcInfo, ret *ast.ReturnStmt) bool {
	for _, b := range fi.g.Blocks {
		if b.Return() != ret {
			continue
		}
		m, ok := fi.in[b]
		if !ok {
			return true
		}
		return s.transfer(fi, b, m) != bNone
	}
	return true
}

// unifiedCall builds a call to the configured internal-error function, if
// its parameters can all be filled from the handler.
func (s *state) unifiedCall(fi *funcInfo, br *errBranch, f *ast.File, pos token.Pos, w *types.Var) (string, []analysis.TextEdit, bool) {
	full := s.unified[0]
	dot := strings.LastIndex(full, ".")
	if dot <= 0 || strings.HasPrefix(full, "(") {
		return "", nil, false
	}
	path, name := full[:dot], full[dot+1:]
	var fn *types.Func
	qual := ""
	if path == s.pass.Pkg.Path() {
		fn, _ = s.pass.Pkg.Scope().Lookup(name).(*types.Func)
		if fn == nil || !s.resolves(name, pos, fn) {
			return "", nil, false
		}
	} else {
		for _, imp := range s.pass.Pkg.Imports() {
			if imp.Path() == path {
				fn, _ = imp.Scope().Lookup(name).(*types.Func)
			}
		}
		q, _, ok := s.importName(f, path, pos)
		if fn == nil || !ok {
			return "", nil, false
		}
		qual = q + "."
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Variadic() {
		return "", nil, false
	}
	var args []string
	for i := 0; i < sig.Params().Len(); i++ {
		pt := sig.Params().At(i).Type()
		switch {
		case isResponseWriter(pt):
			args = append(args, w.Name())
		case isRequestPtr(pt):
			r := s.requestParam(fi)
			if r == nil || !s.resolves(r.Name(), pos, r) {
				return "", nil, false
			}
			args = append(args, r.Name())
		case isError(pt):
			id, ok := ast.Unparen(br.errExpr).(*ast.Ident)
			if !ok || !s.resolves(id.Name, pos, s.pass.TypesInfo.Uses[id]) {
				return "", nil, false
			}
			args = append(args, id.Name)
		default:
			return "", nil, false
		}
	}
	return qual + name + "(" + strings.Join(args, ", ") + ")", nil, true
}

func isRequestPtr(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Name() == "Request" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http"
}

func (s *state) requestParam(fi *funcInfo) *types.Var {
	for i := 0; i < fi.sig.Params().Len(); i++ {
		p := fi.sig.Params().At(i)
		if isRequestPtr(p.Type()) && p.Name() != "" && p.Name() != "_" {
			return p
		}
	}
	return nil
}

// missingReturnFix inserts a bare return at the end of the branch that
// wrote the error response.
func (s *state) missingReturnFix(fi *funcInfo, ctx *stmtContext) []analysis.SuggestedFix {
	if len(ctx.list) == 0 {
		return nil
	}
	last := ctx.list[len(ctx.list)-1]
	switch last := last.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt, *ast.LabeledStmt:
		return nil
	case *ast.ExprStmt:
		if call, ok := last.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return nil
			}
		}
	}
	// A bare return must be valid here.
	res := fi.sig.Results()
	for i := 0; i < res.Len(); i++ {
		v := res.At(i)
		if v.Name() == "" || v.Name() == "_" || !s.resolves(v.Name(), last.End(), v) {
			return nil
		}
	}
	indent, src, ok := s.lineIndent(last.Pos())
	if !ok {
		return nil
	}
	// Nothing but white space may follow the statement on its line.
	tf := s.pass.Fset.File(last.End())
	off := tf.Offset(last.End())
	if nl := bytes.IndexByte(src[off:], '\n'); nl < 0 || len(bytes.TrimSpace(src[off:off+nl])) != 0 {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "Return after writing the error response",
		TextEdits: []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte("\n" + indent + "return")}},
	}}
}
