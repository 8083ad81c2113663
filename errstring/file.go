package errstring

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// fileInfo is what the checker knows of the file being walked; the source
// text is read only when a fix needs it.
type fileInfo struct {
	file    *ast.File
	tok     *token.File
	test    bool   // a _test.go file
	version string // Go version of the file, "" if unknown
	src     []byte
	srcErr  bool
	sprintf *sprintfUses // errstring/new-sprintf's census of the errors import, once asked
}

func (c *checker) newFileInfo(f *ast.File) *fileInfo {
	tf := c.pass.Fset.File(f.FileStart)
	fi := &fileInfo{file: f, tok: tf}
	if tf != nil {
		fi.test = astutil.IsTestFile(c.pass.Fset, f.FileStart)
	}
	if c.pass.TypesInfo.FileVersions != nil {
		fi.version = c.pass.TypesInfo.FileVersions[f]
	}
	return fi
}

// isTestSupport reports whether every file of the package that is not a
// _test.go file imports testing (and there is one): the package exists
// for tests (fakes, assertions, test clusters).
func isTestSupport(pass *analysis.Pass) bool {
	return astutil.EveryFileImports(pass.Fset, pass.Files, "testing")
}

// source returns the text of the current file, or nil if it cannot be read.
func (c *checker) source() []byte {
	fi := c.file
	if fi.src == nil && !fi.srcErr && fi.tok != nil {
		src, err := c.pass.ReadFile(fi.tok.Name())
		if err != nil || len(src) != fi.tok.Size() {
			fi.srcErr = true
			return nil
		}
		fi.src = src
	}
	return fi.src
}

// text returns the source text of n, or "" if it cannot be read.
func (c *checker) text(n ast.Node) string {
	src := c.source()
	if src == nil {
		return ""
	}
	return string(src[c.file.tok.Offset(n.Pos()):c.file.tok.Offset(n.End())])
}

// describe returns the source text of e for a message, if it is short.
func (c *checker) describe(e ast.Expr) string {
	if t := c.text(e); t != "" && len(t) <= 40 && !strings.ContainsRune(t, '\n') {
		return t
	}
	return "argument"
}

// atLeast reports whether the file's Go version is at least go1.minor (an
// unknown version counts as new enough).
func (c *checker) atLeast(minor int) bool {
	v, ok := strings.CutPrefix(c.file.version, "go1.")
	if !ok {
		return true
	}
	v, _, _ = strings.Cut(v, ".")
	n, err := strconv.Atoi(strings.TrimRightFunc(v, func(r rune) bool { return r < '0' || r > '9' }))
	return err != nil || n >= minor
}
