package debugprint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/astutil"
)

// intentional reports whether a print is deliberate output rather than a
// leftover, by one of the signs doc.go lists: it is gated by a debugging
// switch, it is the message of a program that is about to die, or its
// function says that printing is its job (by its name or doc comment, by
// being an io.Writer's method, by having no other effect, or by printing
// messages for the user).
func intentional(info *types.Info, pkg *types.Package, cur inspector.Cursor, call *ast.CallExpr) bool {
	child := cur
	for enc := range cur.Enclosing() {
		if enc == cur {
			continue
		}
		switch n := enc.Node().(type) {
		case *ast.IfStmt:
			if child.Node() != n.Cond && child.Node() != n.Init && isDebugGate(info, n.Cond) {
				return true
			}
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			if stmt, ok := child.Node().(ast.Stmt); ok && (diesAfter(info, enc.Node(), stmt) || printsNext(info, pkg, enc.Node(), stmt)) {
				return true
			}
		case *ast.FuncDecl:
			return printingName(n.Name.Name) || documentsOutput(n.Doc) || isWriterMethod(info, n) ||
				speaksToUser(info, pkg, n.Body) || onlyPrints(info, n)
		case *ast.FuncLit:
			if name := funcLitName(enc); name != "" {
				return printingName(name)
			}
		case *ast.File:
			return false
		}
		child = enc
	}
	return false
}

// isDebugGate reports whether cond is constant false or names a debugging
// switch.
func isDebugGate(info *types.Info, cond ast.Expr) bool {
	if tv, ok := info.Types[cond]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value) {
		return true
	}
	gate := false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			gate = gate || debugWord(n.Name)
		case *ast.BasicLit: // os.Getenv("APP_DEBUG"), godebug.Value("x") == "debug"
			if n.Kind == token.STRING {
				if v, err := strconv.Unquote(n.Value); err == nil {
					gate = gate || debugWord(v) || envSwitch(v)
				}
			}
		}
		return !gate
	})
	return gate
}

// gateWords are the words of a name that make an if condition a switch
// for output: debug, trace and verbose modes, benchmark reports, options
// that ask to print, show or dump, quiet and silent modes.
var gateWords = map[string]bool{
	"debug": true, "debugging": true, "trace": true, "tracing": true, "verbose": true, "verbosity": true,
	"bench": true, "benchmark": true, "print": true, "show": true, "dump": true, "quiet": true, "silent": true,
}

func debugWord(name string) bool { return hasWord(name, gateWords) }

// envSwitch reports whether s is an environment variable's name, in
// capitals with its words run together, that holds a debug, trace, verbose,
// print or dump switch (GOPACKAGESPRINTDRIVERERRORS, MYAPPDEBUG).
func envSwitch(s string) bool {
	if s == "" || strings.ToUpper(s) != s || strings.ContainsAny(s, " \t") {
		return false
	}
	for _, w := range []string{"DEBUG", "TRACE", "VERBOSE", "PRINT", "DUMP"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// dyingNames are the names, lower-cased, of the functions after which a
// program does not go on: panic, os.Exit, log.Fatal, log.Panic,
// testing.T.Fatal, runtime.Goexit, the runtime's throw and fatal.
var dyingNames = map[string]bool{
	"panic": true, "panicf": true, "panicln": true, "exit": true, "fatal": true, "fatalf": true,
	"fatalln": true, "goexit": true, "throw": true, "die": true, "abort": true,
}

// diesAfter reports whether a statement after stmt in the statement list
// of block ends the program or panics.
func diesAfter(info *types.Info, block ast.Node, stmt ast.Stmt) bool {
	list := astutil.StmtList(block)
	after := false
	for _, s := range list {
		if s == stmt {
			after = true
			continue
		}
		if !after {
			continue
		}
		if sel, ok := s.(*ast.SelectStmt); ok && len(sel.Body.List) == 0 {
			return true // select {} blocks forever
		}
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		if dyingNames[strings.ToLower(astutil.CalleeName(call))] {
			return true
		}
	}
	return false
}

// printsNext reports whether the statement after stmt in block calls a
// function of the same package whose name says it prints: stmt is part of
// that output (fmt.Fprintln(os.Stderr); reportErrors(errs)).
func printsNext(info *types.Info, pkg *types.Package, block ast.Node, stmt ast.Stmt) bool {
	list := astutil.StmtList(block)
	for i, s := range list {
		if s != stmt || i+1 == len(list) {
			continue
		}
		es, ok := list[i+1].(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		id := astutil.CalleeIdent(call)
		if id == nil {
			return false
		}
		fn, ok := info.Uses[id].(*types.Func)
		return ok && fn.Pkg() == pkg && printingName(fn.Name())
	}
	return false
}
