package suppress

import (
	"go/ast"
	"go/token"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// LintIgnore wraps the run function of the analyzer named check so that its
// diagnostics honour staticcheck's own directives, with staticcheck's
// semantics (honnef.co/go/tools/lintcmd):
//
//   - "//lint:ignore CHECK1,CHECK2 reason" is attached, as by
//     ast.NewCommentMap, to the node it stands above (or ends the line of);
//     it covers diagnostics on the line where that node starts.
//   - "//lint:file-ignore CHECK reason" covers the whole file it is in.
//
// Checks are comma-separated, matched case-insensitively and may be globs
// ("SA*"). The reason is mandatory: a directive without one suppresses
// nothing (staticcheck reports it as malformed). Directives are parsed only
// for a file a diagnostic lands in, and only a file with a "//lint:" comment
// pays for the comment map.
func LintIgnore(run RunFunc, check string) RunFunc {
	return func(pass *analysis.Pass) (any, error) {
		filter := newLintIgnoreFilter(pass)
		filtered := *pass
		filtered.Report = func(d analysis.Diagnostic) {
			if !filter.suppressed(d.Pos, check) {
				pass.Report(d)
			}
		}
		return run(&filtered)
	}
}

// A lintIgnore is one well-formed directive: the checks it names, and the
// line it covers (0: the whole file).
type lintIgnore struct {
	checks []string
	line   int
}

type lintIgnoreFilter struct {
	pass *analysis.Pass

	mu    sync.Mutex
	files map[*token.File][]lintIgnore
}

func newLintIgnoreFilter(pass *analysis.Pass) *lintIgnoreFilter {
	return &lintIgnoreFilter{pass: pass, files: make(map[*token.File][]lintIgnore)}
}

// suppressed reports whether a directive that names one of names (any
// case) covers pos.
func (f *lintIgnoreFilter) suppressed(pos token.Pos, names ...string) bool {
	tf := f.pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	f.mu.Lock()
	ignores, ok := f.files[tf]
	if !ok {
		ignores = f.parse(tf)
		f.files[tf] = ignores
	}
	f.mu.Unlock()
	line := tf.Line(pos)
	for _, ig := range ignores {
		if ig.line != 0 && ig.line != line {
			continue
		}
		for _, name := range names {
			if name != "" && matchesCheck(ig.checks, strings.ToLower(name)) {
				return true
			}
		}
	}
	return false
}

func (f *lintIgnoreFilter) parse(tf *token.File) []lintIgnore {
	var ignores []lintIgnore
	file := astutil.FileOf(f.pass.Files, token.Pos(tf.Base()))
	if file == nil || !hasLintDirective(file) {
		return nil
	}
	for node, groups := range ast.NewCommentMap(f.pass.Fset, file, file.Comments) {
		for _, group := range groups {
			for _, c := range group.List {
				command, checks, ok := ParseLintIgnore(c.Text)
				if !ok {
					continue
				}
				ig := lintIgnore{checks: checks}
				if command == "ignore" {
					ig.line = tf.Line(node.Pos())
				}
				ignores = append(ignores, ig)
			}
		}
	}
	return ignores
}

func hasLintDirective(file *ast.File) bool {
	for _, group := range file.Comments {
		for _, c := range group.List {
			if strings.HasPrefix(c.Text, "//lint:") {
				return true
			}
		}
	}
	return false
}

// ParseLintIgnore reports whether comment (with its slashes) is a well-formed
// staticcheck "//lint:ignore" or "//lint:file-ignore" directive, and returns
// its command ("ignore" or "file-ignore") and the checks it names. A
// directive without a reason is not well-formed.
func ParseLintIgnore(comment string) (command string, checks []string, ok bool) {
	text, found := strings.CutPrefix(comment, "//lint:")
	if !found {
		return "", nil, false
	}
	fields := strings.Fields(text)
	if len(fields) < 3 || (fields[0] != "ignore" && fields[0] != "file-ignore") {
		return "", nil, false
	}
	return fields[0], strings.Split(fields[1], ","), true
}

// matchesCheck reports whether one of the patterns (globs, any case) names
// check (lower case).
func matchesCheck(patterns []string, check string) bool {
	for _, p := range patterns {
		// A malformed pattern matches nothing, as in staticcheck.
		if ok, _ := filepath.Match(strings.ToLower(p), check); ok {
			return true
		}
	}
	return false
}

// NolintAliases wraps run so that //nolint directives that name one of
// aliases explicitly (lower case: "staticcheck", "stylecheck") suppress its
// diagnostics too, over the same lines as Wrap. It is for analyzers taken
// from another linter whose users already annotate them with that linter's
// name in golangci-lint's //nolint:staticcheck form; no front end maps that
// name onto the bundled check. A bare //nolint is left to the front end.
func NolintAliases(run RunFunc, aliases ...string) RunFunc {
	return func(pass *analysis.Pass) (any, error) {
		filter := &nolintFilter{pass: pass, files: make(map[*token.File]*fileDirectives)}
		var mu sync.Mutex
		filtered := *pass
		filtered.Report = func(d analysis.Diagnostic) {
			mu.Lock()
			named := filter.named(d.Pos, aliases)
			mu.Unlock()
			if !named {
				pass.Report(d)
			}
		}
		return run(&filtered)
	}
}

// named reports whether a //nolint directive that names one of names
// explicitly covers pos.
func (f *nolintFilter) named(pos token.Pos, names []string) bool {
	ranges, line := f.at(pos)
	for _, d := range ranges {
		if d.names == nil || line < d.from || line > d.to {
			continue
		}
		for _, name := range names {
			if d.covers(name) {
				return true
			}
		}
	}
	return false
}
