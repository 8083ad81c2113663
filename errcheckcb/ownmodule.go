package errcheckcb

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The package's own code and its module: a package's own plumbing is not
// reported, and neither are some of its module's functions.

// passModule is the path of the module of the package under analysis, or
// "" when the driver does not know it (GOPATH mode, the standard library).
func passModule(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// inModule reports whether fn is declared in the package under analysis or
// in another package of its module.
func inModule(pass *analysis.Pass, fn *types.Func, module string) bool {
	if fn.Pkg() == pass.Pkg {
		return true
	}
	if module == "" || fn.Pkg() == nil {
		return false
	}
	p := fn.Pkg().Path()
	return p == module || strings.HasPrefix(p, module+"/")
}
