package analyzers

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// One file set and one source importer for the whole fuzzing process, so
// that imported standard-library packages are type-checked once.
var (
	fuzzFset     = token.NewFileSet()
	fuzzImporter = importer.ForCompiler(fuzzFset, "source", nil)
)

// FuzzAnalyzers feeds arbitrary source through parsing, type checking with
// errors tolerated, and every analyzer, and fails on any panic. It is seeded
// with every fixture that imports only the standard library. Run it with
// go test -fuzz=FuzzAnalyzers ./analyzers; crashers land in
// testdata/fuzz/FuzzAnalyzers and then run with every go test.
func FuzzAnalyzers(f *testing.F) {
	seeds, err := filepath.Glob(filepath.Join("..", "testdata", "src", "*", "*", "*.go"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err == nil && stdOnly(data) {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, err := parser.ParseFile(fuzzFset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil || file.Name == nil || file.Name.Name == "_" {
			return // the drivers never analyse a file that does not parse
		}
		for _, imp := range file.Imports {
			if path := strings.Trim(imp.Path.Value, "`\""); path == "C" || path == "unsafe" || strings.Contains(path, ".") {
				return // cgo and third-party imports cannot be resolved here
			}
		}
		info := &types.Info{
			Types:        make(map[ast.Expr]types.TypeAndValue),
			Instances:    make(map[*ast.Ident]types.Instance),
			Defs:         make(map[*ast.Ident]types.Object),
			Uses:         make(map[*ast.Ident]types.Object),
			Implicits:    make(map[ast.Node]types.Object),
			Selections:   make(map[*ast.SelectorExpr]*types.Selection),
			Scopes:       make(map[ast.Node]*types.Scope),
			FileVersions: make(map[*ast.File]string),
		}
		conf := types.Config{Importer: fuzzImporter, Error: func(error) {}} // errors tolerated
		pkg, _ := conf.Check("example.com/fuzz", fuzzFset, []*ast.File{file}, info)
		lp := &packages.Package{
			ID: "example.com/fuzz", Name: file.Name.Name, PkgPath: "example.com/fuzz",
			Fset: fuzzFset, Syntax: []*ast.File{file}, Types: pkg, TypesInfo: info,
			TypesSizes: types.SizesFor("gc", "amd64"), CompiledGoFiles: []string{"fuzz.go"}, GoFiles: []string{"fuzz.go"},
		}
		if _, err := checker.Analyze(Plain(), []*packages.Package{lp}, &checker.Options{Sequential: true}); err != nil {
			t.Fatal(err)
		}
	})
}

// stdOnly reports whether a fixture imports only the standard library.
func stdOnly(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, imp := range f.Imports {
		if strings.Contains(imp.Path.Value, ".") || imp.Path.Value == `"C"` {
			return false
		}
	}
	return true
}
