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

// ImportedAs returns the path of an import and the name it binds in its
// file, as far as the syntax says: the explicit name, else the path's last
// element, a major version suffix skipped (.../go-redis/v9 binds redis
// when the package is named after its directory).
func ImportedAs(spec *ast.ImportSpec) (name, path string, ok bool) {
	path, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return "", "", false
	}
	if spec.Name != nil {
		return spec.Name.Name, path, true
	}
	elems := strings.Split(path, "/")
	name = elems[len(elems)-1]
	if len(elems) > 2 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = elems[len(elems)-2]
	}
	return name, path, true
}
