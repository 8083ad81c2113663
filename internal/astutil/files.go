package astutil

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// FileOf returns the file of files that holds pos, or nil.
func FileOf(files []*ast.File, pos token.Pos) *ast.File {
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// IsTestFile reports whether pos lies in a _test.go file.
func IsTestFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// ImportSpec returns f's import of the package with the given path, or nil.
func ImportSpec(f *ast.File, path string) *ast.ImportSpec {
	for _, spec := range f.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path {
			return spec
		}
	}
	return nil
}

// EveryFileImports reports whether every file of files that is not a
// _test.go file imports path, and there is one: for "testing", a package
// that exists for tests (fakes, assertions, test clusters).
func EveryFileImports(fset *token.FileSet, files []*ast.File, path string) bool {
	n := 0
	for _, f := range files {
		if IsTestFile(fset, f.FileStart) {
			continue
		}
		if ImportSpec(f, path) == nil {
			return false
		}
		n++
	}
	return n > 0
}

// WordSet returns the set of the space-separated words (a table of names
// written as one string).
func WordSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
