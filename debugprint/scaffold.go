package debugprint

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// checkScaffold reports cobra's placeholder fmt.Println("NAME called")
// (rule debugprint/scaffold), in every package, command packages and
// package main included.
func checkScaffold(c *checker, pass *analysis.Pass, p *printCall) {
	if isScaffold(c.pass.TypesInfo, p.cur, p.call) {
		c.report(pass, p, "fmt.Println(\"... called\") is the placeholder cobra's generator writes into every new command, so the command prints it on every run; remove it and implement the command")
	}
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
	return ok && isCommandType(ptr.Elem()) && ptr.Elem().(*types.Named).Obj().Pkg().Path() == "github.com/spf13/cobra"
}
