package debugprint

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// isCommand reports whether the package of pass is a command, whose job is
// to print: package main, a command path, or a package that acts as a
// program's entry: it defines the process's command line or reads the
// process's arguments.
func isCommand(pass *analysis.Pass) bool {
	return pass.Pkg.Name() == "main" || commandPath(moduleDirs(pass), pass.Pkg.Name()) || definesCommandLine(pass) || readsArgs(pass)
}

// moduleDirs returns the package's path elements below its module's root
// (astutil.DirsInModule).
func moduleDirs(pass *analysis.Pass) []string {
	mod := ""
	if pass.Module != nil {
		mod = pass.Module.Path
	}
	return astutil.DirsInModule(pass.Pkg.Path(), mod)
}

// isExampleProgram reports whether the package is an example program:
// package main below a path element example, examples or _examples. Its
// output is what it demonstrates (gopcua/opcua's examples/monitor,
// chzyer/readline's example/readline-demo print with println).
func isExampleProgram(pass *analysis.Pass) bool {
	isExample := func(s string) bool { return s == "example" || s == "examples" || s == "_examples" }
	return pass.Pkg.Name() == "main" && slices.ContainsFunc(moduleDirs(pass), isExample)
}

// readsArgs reports whether a non-test file of the package reads the
// process's arguments after the program's name (os.Args[1], os.Args[2:]):
// it runs commands of its own, like beego's "orm syncdb".
func readsArgs(pass *analysis.Pass) bool {
	isArgs := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		v, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Var)
		return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Args"
	}
	positive := func(e ast.Expr) bool {
		tv, ok := pass.TypesInfo.Types[e]
		return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) > 0
	}
	found := false
	for _, f := range pass.Files {
		if astutil.ImportSpec(f, "os") == nil || astutil.IsTestFile(pass.Fset, f.FileStart) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IndexExpr:
				found = found || isArgs(n.X) && positive(n.Index)
			case *ast.SliceExpr:
				found = found || isArgs(n.X) && n.Low != nil && positive(n.Low)
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// definesCommandLine reports whether a non-test file of the package defines
// the process's command line: flags on it (flag.Bool, flag.StringVar,
// flag.Var, ...), as the testing package does, or a command's handler: a
// function or method declared with, or an expression of (a function
// literal, a method value wired into a command: RunE: app.Version), the
// type of a handler field of cobra.Command (Run, RunE, PreRunE, ...) or of
// urfave/cli's ActionFunc. Such a package is a program's entry or a
// command's implementation, and its output is deliberate. A package that
// only takes a *cobra.Command to add flags to it is a library.
func definesCommandLine(pass *analysis.Pass) bool {
	if handlers := handlerTypes(pass.Pkg); len(handlers) > 0 { // no framework imported: nothing to look for
		for id, obj := range pass.TypesInfo.Defs {
			if fn, ok := obj.(*types.Func); ok && isHandler(handlers, fn.Type()) && !astutil.IsTestFile(pass.Fset, id.Pos()) {
				return true // types.Identical does not compare receivers: a method is a handler too
			}
		}
		for e, tv := range pass.TypesInfo.Types {
			if isHandler(handlers, tv.Type) && !astutil.IsTestFile(pass.Fset, e.Pos()) {
				return true
			}
		}
	}
	for id, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if ok && fn.Pkg() != nil && fn.Pkg().Path() == "flag" && fn.Signature().Recv() == nil && flagDefiners[fn.Name()] &&
			!astutil.IsTestFile(pass.Fset, id.Pos()) {
			return true
		}
	}
	return false
}

// isHandler reports whether t is one of the handler types.
func isHandler(handlers []types.Type, t types.Type) bool {
	return slices.ContainsFunc(handlers, func(h types.Type) bool { return types.Identical(t, h) })
}

// handlerTypes returns the types of the command handlers of the
// command-line frameworks pkg imports, looked up in the framework: the
// exported fields of function type of cobra.Command (Run, RunE, PreRunE,
// Args, ...), and urfave/cli's ActionFunc.
func handlerTypes(pkg *types.Package) []types.Type {
	var handlers []types.Type
	for _, imp := range pkg.Imports() {
		switch imp.Path() {
		case "github.com/spf13/cobra":
			if tn, ok := imp.Scope().Lookup("Command").(*types.TypeName); ok {
				if st, ok := tn.Type().Underlying().(*types.Struct); ok {
					for f := range st.Fields() {
						if _, isFunc := f.Type().Underlying().(*types.Signature); isFunc && f.Exported() {
							handlers = append(handlers, f.Type().Underlying())
						}
					}
				}
			}
		case "github.com/urfave/cli", "github.com/urfave/cli/v2", "github.com/urfave/cli/v3":
			if tn, ok := imp.Scope().Lookup("ActionFunc").(*types.TypeName); ok {
				handlers = append(handlers, tn.Type().Underlying())
			}
		}
	}
	return handlers
}

// flagDefiners are the functions of package flag that define a flag on the
// process's command line.
var flagDefiners = map[string]bool{
	"Bool": true, "BoolVar": true, "BoolFunc": true, "Duration": true, "DurationVar": true, "Float64": true,
	"Float64Var": true, "Func": true, "Int": true, "Int64": true, "Int64Var": true, "IntVar": true, "String": true,
	"StringVar": true, "TextVar": true, "Uint": true, "Uint64": true, "Uint64Var": true, "UintVar": true, "Var": true,
}

// commandPath reports whether a package's path elements below its
// module's root (dirs), or its name, mark it as holding commands or
// example programs: an element cmd, commands, example, examples or
// _examples (cmd, internal/cmd/run, examples/chat/router), or such a name.
// The elements of the module's own path do not count: the packages of a
// module named example.com/examples are library code.
func commandPath(dirs []string, name string) bool {
	isCmd := func(s string) bool { return programDirs[s] }
	return isCmd(name) || slices.ContainsFunc(dirs, isCmd)
}

var programDirs = map[string]bool{"cmd": true, "commands": true, "example": true, "examples": true, "_examples": true}
