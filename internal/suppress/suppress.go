// Package suppress holds the two ways a diagnostic is withheld, each written
// once for every analyzer: findings in generated files are dropped by the
// analyzers themselves (so every front end skips them), and //nolint
// directives are honoured by wrapping the analyzers for the front ends that do
// not filter them on their own (the multichecker and go vet mode; golangci-lint
// and nogo have their own filters and get the plain analyzers).
package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
	"github.com/extinctlint/extinct/internal/config"
	"github.com/extinctlint/extinct/internal/rules"
)

// RunFunc is the type of analysis.Analyzer.Run.
type RunFunc = func(*analysis.Pass) (any, error)

// Generated wraps an analyzer's run function so that its diagnostics in
// generated files (the "// Code generated ... DO NOT EDIT." convention) are
// dropped, and so are those that staticcheck's //lint:ignore or
// //lint:file-ignore directive names by the analyzer's name or the
// diagnostic's rule ID (its Category), in every front end. The generated
// code is still analysed, so facts about it hold.
func Generated(run RunFunc) RunFunc {
	return func(pass *analysis.Pass) (any, error) {
		generated := make(map[*token.File]bool)
		for _, f := range pass.Files {
			if ast.IsGenerated(f) {
				generated[pass.Fset.File(f.FileStart)] = true
			}
		}
		ignores := newLintIgnoreFilter(pass)
		filtered := *pass
		filtered.Report = func(d analysis.Diagnostic) {
			analyzer, _, _ := strings.Cut(d.Category, "/")
			if pass.Analyzer != nil && analyzer == "" {
				analyzer = pass.Analyzer.Name
			}
			if !generated[pass.Fset.File(d.Pos)] && !ignores.suppressed(d.Pos, d.Category, analyzer) {
				pass.Report(d)
			}
		}
		return run(&filtered)
	}
}

// Wrap returns a copy of a whose diagnostics honour //nolint directives with
// golangci-lint's semantics and the configuration file's exclude-paths, and whose panics become errors that name the
// analyzer, the package and the position instead of killing the whole run.
func Wrap(a *analysis.Analyzer) *analysis.Analyzer {
	wrapped := *a
	run := a.Run
	wrapped.Run = func(pass *analysis.Pass) (result any, err error) {
		filter := &nolintFilter{pass: pass, name: strings.ToLower(a.Name), files: make(map[*token.File]*fileDirectives)}
		filtered := *pass
		filtered.Report = func(d analysis.Diagnostic) {
			if !filter.suppressed(d.Pos, d.Category) && !excluded(pass.Fset, d.Pos) && !switchedOff(d) {
				pass.Report(d)
			}
		}
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error: analyzer %s panicked on package %s at %s: %v\n%s", a.Name, pass.Pkg.Path(), panicSite(), r, debug.Stack())
			}
		}()
		return run(&filtered)
	}
	return &wrapped
}

// switchedOff reports whether d is a finding of a rule that the switches
// turned off: a safety net for analyzers that do not skip their disabled
// rules themselves (the bundled staticcheck checks).
func switchedOff(d analysis.Diagnostic) bool {
	r := rules.Lookup(d.Category)
	return d.Category != "" && r != nil && !r.Enabled()
}

// excluded reports whether the configuration file's exclude-paths cover
// the file of pos.
func excluded(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && config.Excluded(f.Name())
}

// panicSite is the file:line of the code that panicked: the first frame
// below the runtime's panic machinery.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s:%d", f.File, f.Line)
		}
		if !more {
			return "unknown position"
		}
	}
}

// A directive is the range of lines one //nolint comment covers.
type directive struct {
	from, to int      // lines, inclusive
	col      int      // column of the comment, to match the node below it
	names    []string // lower-case linter names; nil means all
}

func (d directive) covers(name string) bool {
	if d.names == nil {
		return true
	}
	for _, n := range d.names {
		if n == name {
			return true
		}
	}
	return false
}

type fileDirectives struct{ ranges []directive }

type nolintFilter struct {
	pass  *analysis.Pass
	name  string
	files map[*token.File]*fileDirectives
}

// at returns the directives of pos's file, parsed on first use, and pos's
// line; no directives for a position outside the package's files.
func (f *nolintFilter) at(pos token.Pos) (ranges []directive, line int) {
	tf := f.pass.Fset.File(pos)
	if tf == nil {
		return nil, 0
	}
	dirs, ok := f.files[tf]
	if !ok {
		dirs = f.parse(tf)
		f.files[tf] = dirs
	}
	return dirs.ranges, tf.Line(pos)
}

// suppressed reports whether a directive covers pos for the analyzer, for
// the diagnostic's rule (//nolint:errstring/wrap), or for one of the
// rule's aliases: another linter's name for the same check
// (//nolint:errcheck for errcheckcb/unchecked).
func (f *nolintFilter) suppressed(pos token.Pos, category string) bool {
	names := []string{f.name}
	if r := rules.Lookup(category); r != nil && category != "" {
		names = append(names, strings.ToLower(r.ID))
		names = append(names, r.Aliases...)
	}
	ranges, line := f.at(pos)
	for _, d := range ranges {
		if d.from <= line && line <= d.to && slices.ContainsFunc(names, d.covers) {
			return true
		}
	}
	return false
}

// parse collects the directives of one file, computed only when a diagnostic
// lands in it.
func (f *nolintFilter) parse(tf *token.File) *fileDirectives {
	dirs := &fileDirectives{}
	file := astutil.FileOf(f.pass.Files, token.Pos(tf.Base()))
	if file == nil {
		return dirs
	}
	fset := f.pass.Fset
	for _, group := range file.Comments {
		for _, c := range group.List {
			names, ok := ParseNolint(c.Text)
			if !ok {
				continue
			}
			start := fset.Position(group.Pos())
			dirs.ranges = append(dirs.ranges, directive{
				from:  start.Line,
				to:    fset.Position(group.End()).Line,
				col:   start.Column,
				names: names,
			})
		}
	}
	if len(dirs.ranges) == 0 {
		return dirs
	}
	// As in golangci-lint: a directive that ends on the line above a node
	// and starts in the node's column covers the whole node.
	inline := len(dirs.ranges)
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		start := fset.Position(n.Pos())
		for _, d := range dirs.ranges[:inline] {
			if d.to == start.Line-1 && d.col == start.Column {
				if end := fset.Position(n.End()).Line; end > d.to {
					d.to = end
					dirs.ranges = append(dirs.ranges, d)
				}
				break
			}
		}
		return true
	})
	return dirs
}

// ParseNolint reports whether comment (with its slashes) is a //nolint
// directive and which linters it names; nil names mean all linters. It
// follows golangci-lint: "//nolint", "// nolint", "//nolint:all",
// "//nolint:a,b // reason".
func ParseNolint(comment string) (names []string, ok bool) {
	text := strings.TrimLeft(comment, "/ ")
	if !strings.HasPrefix(text, "nolint") {
		return nil, false
	}
	rest := text[len("nolint"):]
	if rest != "" && rest[0] != ':' && rest[0] != ' ' {
		return nil, false
	}
	if !strings.HasPrefix(rest, ":") {
		return nil, true
	}
	rest, _, _ = strings.Cut(rest[1:], "//")
	for _, item := range strings.Split(rest, ",") {
		name := strings.ToLower(strings.TrimSpace(item))
		if name == "all" {
			return nil, true
		}
		names = append(names, name)
	}
	return names, true
}
