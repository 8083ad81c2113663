package suppress_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/suppress"
)

// reportBad reports every call of a function named bad, by line.
func reportBad(pass *analysis.Pass) (any, error) {
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "bad" {
					pass.Reportf(call.Pos(), "call to bad")
				}
			}
			return true
		})
	}
	return nil, nil
}

// reportedLines runs reportBad, wrapped by LintIgnore for check, over the
// files and returns "file:line" of each diagnostic that got through.
func reportedLines(t *testing.T, check string, files map[string]string) []string {
	t.Helper()
	fset := token.NewFileSet()
	var parsed []*ast.File
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, files[name], parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
	}
	var got []string
	pass := &analysis.Pass{
		Fset:  fset,
		Files: parsed,
		Report: func(d analysis.Diagnostic) {
			p := fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%02d", p.Filename, p.Line))
		},
	}
	if _, err := suppress.LintIgnore(reportBad, check)(pass); err != nil {
		t.Fatal(err)
	}
	return got
}

const lineSrc = `package p

func bad() int { return 0 }

func f() {
	bad() // 06 reported: no directive

	//lint:ignore SA5001 the reason
	bad() // 09 ignored: directive above

	bad() //lint:ignore SA5001 same line // 11 ignored

	//lint:ignore SA5001
	bad() // 14 reported: no reason

	//lint:ignore SA4006 another check
	bad() // 17 reported: other check

	//lint:ignore sa4006,sa50* glob, any case
	bad() // 20 ignored

	//lint:ignore SA5001 covers the first line of the statement only
	_ = []int{bad(), // 23 ignored
		bad(), // 24 reported, as in staticcheck
	}

	// lint:ignore SA5001 not a directive: space after the slashes
	bad() // 28 reported

	//lint:ignore SA5001 one statement only
	bad() // 31 ignored
	bad() // 32 reported
}
`

func TestLintIgnoreLine(t *testing.T) {
	got := reportedLines(t, "SA5001", map[string]string{"a.go": lineSrc})
	want := []string{"a.go:06", "a.go:14", "a.go:17", "a.go:24", "a.go:28", "a.go:32"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reported %v, want %v", got, want)
	}
}

func TestLintIgnoreFile(t *testing.T) {
	files := map[string]string{
		"a.go": "//lint:file-ignore SA5001 the whole file\n\npackage p\n\nfunc bad() int { return 0 }\n\nvar _ = bad()\n",
		"b.go": "package p\n\nvar _ = bad()\n",
		"c.go": "package p\n\n//lint:file-ignore SA5001\n\nvar _ = bad() // no reason: not a directive\n",
		"d.go": "package p\n\n//lint:file-ignore ST1005 other check\n\nvar _ = bad()\n",
	}
	got := reportedLines(t, "SA5001", files)
	want := []string{"b.go:03", "c.go:05", "d.go:05"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reported %v, want %v", got, want)
	}
}

func TestParseLintIgnore(t *testing.T) {
	for _, tc := range []struct {
		comment string
		command string
		checks  []string
		ok      bool
	}{
		{"//lint:ignore SA5001 reason", "ignore", []string{"SA5001"}, true},
		{"//lint:ignore SA5001,ST1005 a longer reason", "ignore", []string{"SA5001", "ST1005"}, true},
		{"//lint:file-ignore SA* reason", "file-ignore", []string{"SA*"}, true},
		{"//lint:ignore SA5001", "", nil, false},
		{"//lint:ignore", "", nil, false},
		{"// lint:ignore SA5001 reason", "", nil, false},
		{"//lint:other SA5001 reason", "", nil, false},
		{"/* lint:ignore SA5001 reason */", "", nil, false},
		{"//nolint:SA5001", "", nil, false},
	} {
		command, checks, ok := suppress.ParseLintIgnore(tc.comment)
		if command != tc.command || !reflect.DeepEqual(checks, tc.checks) || ok != tc.ok {
			t.Errorf("ParseLintIgnore(%q) = %q, %v, %v; want %q, %v, %v", tc.comment, command, checks, ok, tc.command, tc.checks, tc.ok)
		}
	}
}

const aliasSrc = `package p

func bad() int { return 0 }

func f() {
	bad() //nolint:staticcheck // 06 ignored
	bad() //nolint:govet,Stylecheck // 07 ignored: any case, in a list
	bad() //nolint // 08 reported: a bare nolint is the front end's
	bad() //nolint:govet // 09 reported: another linter

	//nolint:staticcheck // the whole statement below
	_ = []int{bad(), // 12 ignored
		bad(), // 13 ignored
	}
	bad() // 15 reported
}
`

func TestNolintAliases(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", aliasSrc, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	pass := &analysis.Pass{
		Fset:  fset,
		Files: []*ast.File{f},
		Report: func(d analysis.Diagnostic) {
			got = append(got, fmt.Sprintf("%02d", fset.Position(d.Pos).Line))
		},
	}
	if _, err := suppress.NolintAliases(reportBad, "staticcheck", "stylecheck")(pass); err != nil {
		t.Fatal(err)
	}
	if want := []string{"08", "09", "15"}; !reflect.DeepEqual(got, want) {
		t.Errorf("reported on lines %v, want %v", got, want)
	}
}
