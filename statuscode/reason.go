package statuscode

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// hasReason reports whether a comment on n's line, or alone on the line
// above, explains it: an explicit 200 on an error path "because the
// webhook sender retries on anything else", a text protocol that answers
// errors as a line of text. Like errcheckcb's reasons, any comment that
// says something counts: the author wrote the status on purpose.
func (s *state) hasReason(n ast.Node) bool {
	file := astutil.FileOf(s.pass.Files, n.Pos())
	if file == nil {
		return false
	}
	src := func(tf *token.File) []byte {
		b, ok := s.sources[tf]
		if !ok {
			var err error
			if b, err = s.pass.ReadFile(tf.Name()); err != nil || len(b) != tf.Size() {
				b = nil
			}
			if s.sources == nil {
				s.sources = make(map[*token.File][]byte)
			}
			s.sources[tf] = b
		}
		return b
	}
	for _, g := range astutil.AdjacentComments(s.pass.Fset, file, n, src) {
		if strings.TrimSpace(astutil.CommentText(g)) != "" {
			return true
		}
	}
	return false
}

// testSupportFiles returns the non-test files of the package that are
// test support: those that import testing (a fake server beside its
// helpers), or all of them when more than half of the package's non-test
// files import testing or the package is named as test support
// (astutil.TestSupportName: opa's sdk/test, distribution's testutil, fake
// registries that import neither), or its path below the module's root has
// an element test or tests (test programs: ory/oathkeeper's
// test/bearer-token/okapi, supertokens' test/auth-react-server). A
// production package with one such
// file (a fake storage server for its tests) is judged everywhere else.
func testSupportFiles(pass *analysis.Pass) map[*token.File]bool {
	var files, importers []*token.File
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil || astutil.IsTestFile(pass.Fset, f.Pos()) {
			continue
		}
		files = append(files, tf)
		if astutil.ImportSpec(f, "testing") != nil {
			importers = append(importers, tf)
		}
	}
	if astutil.TestSupportName(pass.Pkg) || inTestDir(pass) {
		importers = files
	}
	if len(importers) == 0 {
		return nil
	}
	if 2*len(importers) > len(files) {
		importers = files
	}
	out := make(map[*token.File]bool, len(importers))
	for _, tf := range importers {
		out[tf] = true
	}
	return out
}

// errOfWrite reports whether n sits in an error branch whose error came
// from writing the response itself (`if err := enc.Encode(v); err != nil
// { http.Error(...) }`, `if _, err := io.Copy(w, f); err != nil`): the
// write may have failed before sending anything (a value that cannot be
// marshalled, a source that cannot be read), and then the status is
// right. The rest of a block after `if err == nil { return }` is such a
// branch too. Not when the status had surely gone out before the write
// could fail (sentBeforeFailure): then there is no such case.
func (s *state) errOfWrite(fi *funcInfo, n ast.Node) bool {
	for _, br := range s.branchesOf(fi) {
		ifs, ok := br.stmt.(*ast.IfStmt)
		if !ok || !br.containsPos(n.Pos()) {
			continue
		}
		id, ok := ast.Unparen(br.errExpr).(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := s.pass.TypesInfo.Uses[id].(*types.Var)
		if v == nil {
			continue
		}
		if asg := s.assignmentBefore(fi.body, ifs, v); asg != nil && s.nodeEffect(fi, asg).eff.writes() && !s.sentBeforeFailure(fi, asg) {
			return true
		}
	}
	return false
}

// sentBeforeFailure reports whether the status had surely gone out before
// the write asg could fail: a definite first write (an explicit
// WriteHeader, http.Error, a body through w.Write) on every path to asg,
// or asg's own write is a status first on every path that returns (a
// helper whose summary or fact says so: convertWriteResponse(w, resp)
// writes its status, then the body, and returns the body's error). A
// body write of asg itself does not count: an encoder fails before
// writing, a copy on its first read.
func (s *state) sentBeforeFailure(fi *funcInfo, asg ast.Node) bool {
	switch s.nodeEffect(fi, asg).eff {
	case effErrFull, effErrStatus, effStatus:
		return true
	}
	m, ok := s.stateAt(fi, asg)
	return ok && m != 0 && m&^bDefinite == 0
}

// inTestDir reports whether the package's path below its module's root has
// an element test or tests; false when the module is unknown.
func inTestDir(pass *analysis.Pass) bool {
	if pass.Module == nil || pass.Module.Path == "" {
		return false
	}
	isTest := func(e string) bool { return e == "test" || e == "tests" }
	return slices.ContainsFunc(astutil.DirsInModule(pass.Pkg.Path(), pass.Module.Path), isTest)
}
