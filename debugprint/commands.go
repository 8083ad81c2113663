package debugprint

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// cliFrameworks are the command-line and terminal-UI frameworks whose
// importers are command packages: their job is to print.
var cliFrameworks = map[string]bool{
	"github.com/spf13/cobra":              true,
	"github.com/bep/simplecobra":          true,
	"github.com/urfave/cli":               true,
	"github.com/urfave/cli/v2":            true,
	"github.com/urfave/cli/v3":            true,
	"github.com/alecthomas/kingpin/v2":    true,
	"gopkg.in/alecthomas/kingpin.v2":      true,
	"github.com/alecthomas/kong":          true,
	"github.com/mitchellh/cli":            true,
	"github.com/hashicorp/cli":            true,
	"github.com/google/subcommands":       true,
	"github.com/peterbourgon/ff/v3/ffcli": true,
	"github.com/peterbourgon/ff/v4":       true,
	"github.com/jessevdk/go-flags":        true,
	// Terminal user interfaces, whose output is the screen.
	"github.com/rivo/tview":              true,
	"github.com/gdamore/tcell":           true,
	"github.com/gdamore/tcell/v2":        true,
	"github.com/charmbracelet/bubbletea": true,
	"github.com/nsf/termbox-go":          true,
	"github.com/jroimartin/gocui":        true,
	"github.com/awesome-gocui/gocui":     true,
}

// isCommand reports whether the package of pass is a command, whose job is
// to print: package main, an importer of a command-line framework, a
// command path, or a package that defines flags or reads the arguments.
func isCommand(pass *analysis.Pass) bool {
	if pass.Pkg.Name() == "main" {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if cliFrameworks[imp.Path()] {
			return true
		}
	}
	return commandPath(pass.Pkg.Path(), pass.Pkg.Name()) || definesFlags(pass) || readsArgs(pass)
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

// definesFlags reports whether the package defines flags on the process's
// command line (flag.Bool, flag.StringVar, flag.Var, ...): it is part of
// a program's command line, like the testing package or a logger, and its
// output is deliberate.
func definesFlags(pass *analysis.Pass) bool {
	imported := false
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == "flag" {
			imported = true
		}
	}
	if !imported {
		return false
	}
	for id, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "flag" || fn.Type().(*types.Signature).Recv() != nil {
			continue
		}
		switch fn.Name() {
		case "Bool", "BoolVar", "BoolFunc", "Duration", "DurationVar", "Float64", "Float64Var", "Func",
			"Int", "Int64", "Int64Var", "IntVar", "String", "StringVar", "TextVar", "Uint", "Uint64",
			"Uint64Var", "UintVar", "Var":
			if !astutil.IsTestFile(pass.Fset, id.Pos()) {
				return true
			}
		}
	}
	return false
}

// commandPath reports whether a package's path or name marks it as holding
// commands: a path element cmd or commands (example.com/tool/cmd,
// example.com/tool/internal/cmd/run), or the name cmd or commands.
func commandPath(path, name string) bool {
	if name == "cmd" || name == "commands" {
		return true
	}
	for elem := range strings.SplitSeq(path, "/") {
		switch elem {
		case "cmd", "commands", "example", "examples", "_examples":
			return true // commands, and example programs and their helpers
		}
	}
	return false
}
