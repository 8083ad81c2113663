package driver

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// reportLoadErrors prints one clear line per package that failed to load
// (the first error of the most specific kind, with its position) and returns
// the packages that loaded cleanly.
func reportLoadErrors(pkgs []*packages.Package, stderr io.Writer) (good []*packages.Package, failed bool) {
	seen := make(map[string]bool)
	for _, p := range pkgs {
		if len(p.Errors) == 0 && !p.IllTyped {
			good = append(good, p)
			continue
		}
		failed = true
		line := describeErrors(p)
		if !seen[line] {
			seen[line] = true
			fmt.Fprintln(stderr, line)
		}
	}
	return good, failed
}

func describeErrors(p *packages.Package) string {
	if len(p.Errors) == 0 {
		if dep := brokenDependency(p, make(map[*packages.Package]bool)); dep != nil {
			return fmt.Sprintf("%s: its dependency %s does not load: %s", p.PkgPath, dep.PkgPath, strings.TrimPrefix(describeErrors(dep), "extinct: "))
		}
		return fmt.Sprintf("%s: package has errors in its dependencies", p.PkgPath)
	}
	// Parse errors say the most about a syntax error, type errors about a
	// type error; go list's own errors repeat them less precisely.
	best := p.Errors[0]
	for _, kind := range []packages.ErrorKind{packages.ParseError, packages.TypeError} {
		if i := indexKind(p.Errors, kind); i >= 0 {
			best = p.Errors[i]
			break
		}
	}
	if strings.Contains(best.Msg, "could not import C") { // cgo failed: go list says why
		if i := indexKind(p.Errors, packages.ListError); i >= 0 {
			best = p.Errors[i]
		}
	}
	msg := strings.TrimSpace(best.Msg)
	if why := importFailure(p, msg); why != "" {
		msg = why
	}
	if lines := strings.Split(msg, "\n"); len(lines) > 1 && strings.HasPrefix(msg, "# ") {
		msg = lines[1] // go list prefixes "# pkg\n" to a build error: its first line says what
	}
	msg = strings.Join(strings.Fields(msg), " ") // one line, whatever go list said
	if strings.Contains(msg, "does not contain main module") || strings.Contains(msg, "go.mod file not found") {
		msg += " (run extinct inside a Go module: a directory with a go.mod, or below one)"
	}
	pos := relative(best.Pos)
	more := ""
	if n := len(p.Errors) - 1; n > 0 {
		more = fmt.Sprintf(" (and %d more)", n)
	}
	if pos == "" || pos == "-" {
		return fmt.Sprintf("extinct: %s%s", msg, more)
	}
	return fmt.Sprintf("%s: %s%s", pos, msg, more)
}

// brokenDependency returns the first package p imports, directly or not,
// that has errors of its own: the one to name, since its errors are
// printed nowhere else (only the packages named are reported).
func brokenDependency(p *packages.Package, seen map[*packages.Package]bool) *packages.Package {
	for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
		imp := p.Imports[path]
		if seen[imp] {
			continue
		}
		seen[imp] = true
		if len(imp.Errors) > 0 {
			return imp
		}
		if dep := brokenDependency(imp, seen); dep != nil {
			return dep
		}
	}
	return nil
}

// importFailure says why an import failed, from go list's error on the
// imported package (a module the proxy refuses, say), where the type
// checker's "could not import P (invalid package name: \"\")" does not;
// "" if go list said nothing.
func importFailure(p *packages.Package, msg string) string {
	_, rest, ok := strings.Cut(msg, "could not import ")
	if !ok {
		return ""
	}
	path, _, _ := strings.Cut(rest, " ")
	imp := p.Imports[path]
	if imp == nil {
		return ""
	}
	if i := indexKind(imp.Errors, packages.ListError); i >= 0 {
		return "could not import " + path + ": " + strings.TrimSpace(imp.Errors[i].Msg)
	}
	return ""
}

func indexKind(errs []packages.Error, kind packages.ErrorKind) int {
	for i, e := range errs {
		if e.Kind == kind {
			return i
		}
	}
	return -1
}
