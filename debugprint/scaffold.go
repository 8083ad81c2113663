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
	if isScaffold(c.pass.TypesInfo, c.pass.Pkg, p.cur, p.call) {
		c.report(pass, p, "fmt.Println(\"... called\") is the placeholder cobra's generator writes into every new command, so the command prints it on every run; remove it and implement the command")
	}
}

// isScaffold reports whether call is fmt.Println("NAME called"), the
// placeholder cobra's generator writes into every new command's Run
// function, inside a command handler (definesCommandLine).
func isScaffold(info *types.Info, pkg *types.Package, cur inspector.Cursor, call *ast.CallExpr) bool {
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
	handlers := handlerTypes(pkg)
	if len(handlers) == 0 {
		return false
	}
	for enc := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		var t types.Type
		switch fn := enc.Node().(type) {
		case *ast.FuncLit:
			t = info.TypeOf(fn)
		case *ast.FuncDecl:
			if obj := info.Defs[fn.Name]; obj != nil {
				t = obj.Type()
			}
		}
		if t != nil && isHandler(handlers, t) {
			return true
		}
	}
	return false
}
