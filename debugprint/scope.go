package debugprint

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// cliFrameworks are the command-line frameworks whose importers are command
// packages: their job is to print.
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
}

// commandReason returns why the package of pass is a command, whose job is
// to print, or "" for library code.
func commandReason(pass *analysis.Pass) string {
	if pass.Pkg.Name() == "main" {
		return "package main"
	}
	for _, imp := range pass.Pkg.Imports() {
		if cliFrameworks[imp.Path()] {
			return "imports " + imp.Path()
		}
	}
	return ""
}

// isScaffold reports whether call is fmt.Println("NAME called"), the
// placeholder cobra's generator writes into every new command's Run
// function, inside a function that takes a *cobra.Command.
func isScaffold(info *types.Info, cur inspector.Cursor, call *ast.CallExpr) bool {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return false
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	subject, ok := strings.CutSuffix(constant.StringVal(tv.Value), " called")
	if !ok || subject == "" || strings.ContainsAny(subject, " \t\n") {
		return false
	}
	for enc := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		var ft *ast.FuncType
		switch fn := enc.Node().(type) {
		case *ast.FuncLit:
			ft = fn.Type
		case *ast.FuncDecl:
			ft = fn.Type
		}
		for _, field := range ft.Params.List {
			if isCobraCommand(info.TypeOf(field.Type)) {
				return true
			}
		}
	}
	return false
}

// isCobraCommand reports whether t is *cobra.Command.
func isCobraCommand(t types.Type) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	if !ok {
		return false
	}
	obj := named.Obj()
	return obj.Name() == "Command" && obj.Pkg() != nil && obj.Pkg().Path() == "github.com/spf13/cobra"
}

// intentional reports whether a print in library code is deliberate output
// rather than a leftover.
func intentional(info *types.Info, cur inspector.Cursor, call *ast.CallExpr) bool {
	return false
}
