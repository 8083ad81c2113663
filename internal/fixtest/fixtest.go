// Package fixtest checks, in tests, that suggested fixes are safe: every fix
// an analyzer offered on a fixture package is applied as the raw text edits
// say (no reformatting, no import clean-up on our behalf), and the result
// must be gofmt-clean and must type-check.
package fixtest

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Check applies all suggested fixes in results (as returned by
// analysistest.Run or RunWithSuggestedFixes), file by file, and fails t if a
// fixed file is not gofmt-clean or its package no longer type-checks.
// It returns the number of fixes applied, so a caller can assert that
// fixes were offered at all.
func Check(t *testing.T, results []*analysistest.Result) int {
	t.Helper()
	applied := 0
	for _, r := range results {
		if r.Action == nil || r.Action.Package == nil {
			continue
		}
		pkg := r.Action.Package
		edits := make(map[string][]analysis.TextEdit)
		for _, d := range r.Action.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				applied++
				for _, e := range fix.TextEdits {
					name := pkg.Fset.File(e.Pos).Name()
					edits[name] = append(edits[name], e)
				}
			}
		}
		if len(edits) == 0 {
			continue
		}
		fixed := make(map[string][]byte)
		for name, es := range edits {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			out, err := apply(pkg.Fset.File(es[0].Pos), src, es)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if formatted, err := format.Source(out); err != nil {
				t.Errorf("%s: fixed file does not parse: %v\n%s", name, err, out)
				continue
			} else if !bytes.Equal(formatted, out) {
				t.Errorf("%s: fixed file is not gofmt-clean:\n%s", name, out)
			}
			fixed[name] = out
		}
		if err := typeCheck(pkg.Types, pkg.CompiledGoFiles, fixed); err != nil {
			t.Errorf("package %s does not type-check after its fixes: %v", pkg.PkgPath, err)
		}
	}
	return applied
}

// apply applies non-overlapping edits to src; identical duplicate edits (two
// fixes that add the same import) are applied once.
func apply(tf *token.File, src []byte, edits []analysis.TextEdit) ([]byte, error) {
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		spans = append(spans, span{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end < spans[j].end
	})
	var out bytes.Buffer
	last := 0
	for i, s := range spans {
		if i > 0 && s == spans[i-1] {
			continue
		}
		if s.start < last {
			return nil, fmt.Errorf("overlapping edits at offset %d", s.start)
		}
		out.Write(src[last:s.start])
		out.WriteString(s.text)
		last = s.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// typeCheck type-checks the package made of files, with fixed contents where
// given, resolving imports to the packages the fixture already loaded and
// anything else (an import a fix added) from the dependencies Run loaded or
// from source.
func typeCheck(orig *types.Package, files []string, fixed map[string][]byte) error {
	fset := token.NewFileSet()
	var syntax []*ast.File
	for _, name := range files {
		var src any
		if b, ok := fixed[name]; ok {
			src = b
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			return err
		}
		syntax = append(syntax, f)
	}
	known := make(map[string]*types.Package)
	var collect func(p *types.Package)
	collect = func(p *types.Package) {
		if known[p.Path()] != nil {
			return
		}
		known[p.Path()] = p
		for _, imp := range p.Imports() {
			collect(imp)
		}
	}
	for _, imp := range orig.Imports() {
		collect(imp)
	}
	conf := types.Config{Importer: importerFunc(func(path string) (*types.Package, error) {
		if p, ok := known[path]; ok {
			return p, nil
		}
		loadMu.Lock()
		defer loadMu.Unlock()
		if p := shared[path]; p != nil && p.Types != nil {
			return p.Types, nil
		}
		return fromSource.Import(path)
	})}
	_, err := conf.Check(orig.Path(), fset, syntax, nil)
	return err
}

var fromSource = importer.ForCompiler(token.NewFileSet(), "source", nil) // it keeps what it loaded

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// TestData returns the absolute path of the repository's testdata directory
// (analysistest needs an absolute GOPATH), from a test in any package of the
// module.
func TestData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("fixtest: no go.mod above the test's directory")
		}
		dir = parent
	}
}

// SetFlag sets one of a's flags for the rest of the test and restores it
// afterwards. Tests that set flags must not run in parallel.
func SetFlag(t testing.TB, a *analysis.Analyzer, name, value string) {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("%s has no flag -%s", a.Name, name)
	}
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := f.Value.Set(old); err != nil {
			t.Error(err)
		}
	})
}

// Patterns prefixes each fixture name with dir/, so that a test loads all
// its fixtures in one analysistest run: every run loads the standard
// library from source, which costs far more than the analysis.
func Patterns(dir string, names ...string) []string {
	patterns := make([]string, len(names))
	for i, name := range names {
		patterns[i] = dir + "/" + name
	}
	return patterns
}
