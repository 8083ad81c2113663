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
// deliberate, or "": it is inside a recover handler (a function that calls
// recover), in an output API (outputAPI), behind a runtime switch (in the
// body of an if whose condition reads one, through function literals, or in
// an unexported function every call of which is), or, in its own function,
// the last word before the program dies or, when it is a row (it prints
// bare values or values without a sentence), a row of a listing under a
// heading (headingBefore).
func (c *checker) placeReason(p *printCall, row bool) string {
	info := c.pass.TypesInfo
	child, local := p.cur, true // local: in the print's own function
	for enc := range p.cur.Enclosing() {
		if enc == p.cur {
			continue
		}
		switch n := enc.Node().(type) {
		case *ast.IfStmt:
			if child.Node() == n.Body && gatedIf(info, n) {
				return "gated"
			}
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			stmt, ok := child.Node().(ast.Stmt)
			ok = ok && local
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
		case *ast.FuncLit:
			if callsRecover(info, n.Body) {
				return "recover"
			}
			local = false // only a switch is looked for further out
		case *ast.FuncDecl:
			switch {
			case callsRecover(info, n.Body):
				return "recover"
			case c.calledGated(enc):
				return "gated"
			}
			return outputAPI(info, n)
		}
		child = enc
	}
	return ""
}

// outputAPI returns "output API" when fd, the function declaration around
// a print (through function literals), is an exported function, or an
// exported method of an exported type, with no results: its caller calls
// it to print (a Dump, a PrintTree). An exported method of an unexported
// type is not: zinx's logger methods and super's fuse.Consume, leftovers
// both, are reached only through the package.
func outputAPI(info *types.Info, fd *ast.FuncDecl) string {
	if token.IsExported(fd.Name.Name) && fd.Type.Results.NumFields() == 0 && exportedReceiver(info, fd) {
		return "output API"
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

// inDeadCode reports whether cur is in the body of an if whose condition is
// constant false: it cannot run.
func inDeadCode(info *types.Info, cur inspector.Cursor) bool {
	child := cur
	for enc := range cur.Enclosing((*ast.IfStmt)(nil), (*ast.BlockStmt)(nil)) {
		if n, ok := enc.Node().(*ast.IfStmt); ok && child.Node() == n.Body && isFalse(info, n.Cond) {
			return true
		}
		child = enc
	}
	return false
}

// isFalse reports whether cond is constant false.
func isFalse(info *types.Info, cond ast.Expr) bool {
	tv, ok := info.Types[cond]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
}
