package debugprint

import (
	"go/build"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// checkBuiltin reports the builtins print and println (rule
// debugprint/builtin), in every package, but not where they are the
// package's only output, in test support, or where a sign shows that the
// output is deliberate.
func checkBuiltin(c *checker, pass *analysis.Pass, p *printCall) {
	if p.forUser(c) || c.builtinOnly.get(func() bool { return stdBelowOS(c.pass) }) || c.isTestSupport() ||
		intentional(c.pass.TypesInfo, c.pass.Pkg, p.cur, p.call) {
		return
	}
	c.report(pass, p, p.name+" writes unbuffered to stderr and is no logging API, so it is a leftover that clutters the output of every program running this code; remove it or use a logger")
}

// stdBelowOS reports whether the package is in the standard library (its
// files are under GOROOT/src) and does not import os, directly or not: the
// runtime and the packages below it, whose only output is print.
func stdBelowOS(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	root := build.Default.GOROOT
	if root == "" {
		return false
	}
	name := pass.Fset.File(pass.Files[0].FileStart).Name()
	if !strings.HasPrefix(name, filepath.Join(root, "src")+string(filepath.Separator)) {
		return false
	}
	seen := make(map[*types.Package]bool)
	var importsOS func(*types.Package) bool
	importsOS = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		for _, imp := range p.Imports() {
			if imp.Path() == "os" || importsOS(imp) {
				return true
			}
		}
		return false
	}
	return !importsOS(pass.Pkg)
}
