package debugprint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/astutil"
)

// placeReason returns why the place of the print p shows that it is
// deliberate, or "": it is behind a runtime switch (gated), inside a
// recover handler (a function that calls recover), in an output API
// (outputAPI), the last word before the program dies, or, when it is a row
// (it prints bare values or values without a sentence), a row of a listing
// under a heading (headingBefore).
func (c *checker) placeReason(p *printCall, row bool) string {
	info := c.pass.TypesInfo
	if c.gated(p.cur, func(cond ast.Expr) bool { return isSwitch(info, cond, false) }, true) {
		return "gated"
	}
	child := p.cur
	for enc := range p.cur.Enclosing() {
		if enc == p.cur {
			continue
		}
		switch n := enc.Node().(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			stmt, ok := child.Node().(ast.Stmt)
			if ok && diesAfter(enc.Node(), stmt) {
				return "dies"
			}
			if ok && row {
				heading, blocked := c.headingBefore(p, enc.Node(), stmt)
				if heading {
					return "listing"
				}
				row = !blocked
			}
		case *ast.FuncDecl, *ast.FuncLit:
			if callsRecover(info, astutil.FuncBody(n)) {
				return "recover"
			}
			return outputAPI(info, enc)
		}
		child = enc
	}
	return ""
}

// outputAPI returns "output API" when the function declaration at or
// around cur (through function literals; declarations do not nest) is an
// exported function, or an exported method of an exported type, with no
// results: its caller calls it to print (a Dump, a PrintTree). An exported
// method of an unexported type is not: zinx's logger methods and super's
// fuse.Consume, leftovers both, are reached only through the package.
func outputAPI(info *types.Info, cur inspector.Cursor) string {
	for enc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fd := enc.Node().(*ast.FuncDecl)
		if token.IsExported(fd.Name.Name) && fd.Type.Results.NumFields() == 0 && exportedReceiver(info, fd) {
			return "output API"
		}
	}
	return ""
}

// exportedReceiver reports whether fd is a function, or a method whose
// receiver's named type is exported (T, *T, T[P]).
func exportedReceiver(info *types.Info, fd *ast.FuncDecl) bool {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return true
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && named.Obj().Exported()
}

// callsRecover reports whether body calls the builtin recover, outside the
// function literals it holds: the function is a recover handler.
func callsRecover(info *types.Info, body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	return astutil.Contains(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		b, isBuiltin := info.Uses[id].(*types.Builtin)
		return ok && isBuiltin && b.Name() == "recover"
	})
}

// dyingNames are the names, lower-cased, of the functions after which a
// program does not go on: panic, os.Exit, log.Fatal, log.Panicf.
var dyingNames = map[string]bool{
	"panic": true, "panicf": true, "panicln": true, "exit": true, "fatal": true, "fatalf": true,
	"fatalln": true, "goexit": true,
}

// diesAfter reports whether a statement after stmt in the statement list
// of block ends the program or panics: stmt is its last word.
func diesAfter(block ast.Node, stmt ast.Stmt) bool {
	after := false
	for _, s := range astutil.StmtList(block) {
		if s == stmt {
			after = true
			continue
		}
		es, ok := s.(*ast.ExprStmt)
		if !after || !ok {
			continue
		}
		if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok && dyingNames[strings.ToLower(astutil.CalleeName(call))] {
			return true
		}
	}
	return false
}

// isFalse reports whether cond is constant false.
func isFalse(info *types.Info, cond ast.Expr) bool {
	tv, ok := info.Types[cond]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
}
