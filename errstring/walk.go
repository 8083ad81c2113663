package errstring

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// checker holds the state of one pass's walk, shared by the rules.
type checker struct {
	// pass is the untagged pass, for type information and source; rules
	// report through the pass their check is given, never through this.
	pass   *analysis.Pass
	rules  []enabled         // the rules that run, in table order
	file   *fileInfo         // the file being walked
	frames []*frame          // the enclosing functions, innermost last
	ids    *identities       // errstring/wrap-identity's knowledge, if it runs
	deps   map[string]string // messages of other modules' sentinels (depsentinels.go), built on first use
	// testSupport: every file of the package imports testing, so it
	// exists for tests and is treated like a _test.go file.
	testSupport bool

	lastCall   *ast.CallExpr // the call whose callee is lastCallee
	lastCallee *types.Func
}

// enabled is a rule that runs in this pass, with the pass it reports
// through.
type enabled struct {
	rule
	pass *analysis.Pass
}

// A frame is a function (declaration or literal) being walked, with what
// the rules learn of it from its body.
type frame struct {
	node ast.Node // *ast.FuncDecl or *ast.FuncLit
	body *ast.BlockStmt
	sig  *types.Signature
	name string // for messages: "function f", "method m", "function literal"

	// boundary: an Error, String, GoString or Format method (or a function
	// inside one), whose job is to turn errors into text.
	boundary bool

	results resultFrame  // errstring/string-result
	carried carriedFrame // errstring/text-carried
}

// callNodes are the nodes of the rules that look only at calls.
var callNodes = []ast.Node{(*ast.CallExpr)(nil)}

// walk is the one walk of the syntax: it keeps the current file and the
// stack of functions, and hands every node to the enabled rules that asked
// for its kind.
func (c *checker) walk(in *inspector.Inspector) {
	nodes := []ast.Node{(*ast.File)(nil)}
	for _, r := range c.rules {
		nodes = append(nodes, r.nodes...)
	}
	in.WithStack(nodes, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			if fr := c.innermost(); fr != nil && fr.node == n {
				c.frames = c.frames[:len(c.frames)-1]
				for _, r := range c.rules {
					if r.leave != nil {
						r.leave(c, r.pass, fr)
					}
				}
			}
			return true
		}
		switch n := n.(type) {
		case *ast.File:
			c.file = c.newFileInfo(n)
			c.frames = c.frames[:0]
			return tests || !c.file.test && !c.testSupport
		case *ast.FuncDecl:
			c.beginFunc(n, n.Recv, n.Body)
		case *ast.FuncLit:
			c.beginFunc(n, nil, n.Body)
		}
		for _, r := range c.rules {
			r.check(c, r.pass, n, stack)
		}
		return true
	})
}

// beginFunc pushes the frame of n, a function declaration or literal.
func (c *checker) beginFunc(n ast.Node, recv *ast.FieldList, body *ast.BlockStmt) {
	fr := &frame{node: n, body: body, name: "function literal"}
	var t types.Type
	if decl, ok := n.(*ast.FuncDecl); ok {
		if fn := c.pass.TypesInfo.Defs[decl.Name]; fn != nil {
			t = fn.Type()
		}
	} else {
		t = c.pass.TypesInfo.TypeOf(n.(*ast.FuncLit))
	}
	if sig, ok := t.(*types.Signature); ok {
		fr.sig = sig
	}
	if outer := c.innermost(); outer != nil && outer.boundary {
		fr.boundary = true
	}
	if decl, ok := n.(*ast.FuncDecl); ok {
		fr.name = "function " + decl.Name.Name
		if recv != nil {
			fr.name = "method " + decl.Name.Name
			switch decl.Name.Name {
			case "Error", "String", "GoString", "Format":
				fr.boundary = true
			}
		}
	}
	c.frames = append(c.frames, fr)
}

func (c *checker) innermost() *frame {
	if len(c.frames) == 0 {
		return nil
	}
	return c.frames[len(c.frames)-1]
}

// callee returns the function or method call calls, or nil; it is worked
// out once per call for all the rules that ask.
func (c *checker) callee(call *ast.CallExpr) *types.Func {
	if call != c.lastCall {
		c.lastCall = call
		c.lastCallee, _ = typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	}
	return c.lastCallee
}

// calls reports whether call calls the function path.name.
func (c *checker) calls(call *ast.CallExpr, path, name string) bool {
	fn := c.callee(call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == path && fn.Name() == name
}
