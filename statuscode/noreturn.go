package statuscode

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// noReturnFact marks a function that never returns (it exits, panics or
// calls one that does on every path), so that an error branch ending in
// a call to it in another package is not judged.
type noReturnFact struct{}

func (*noReturnFact) AFact()         {}
func (*noReturnFact) String() string { return "noReturn" }

// neverReturnFuncs are the functions of the standard library (and of the
// logging packages whose exit ctrlflow also hard-codes) that never return.
// ctrlflow learns them from facts computed on their bodies, but a loader
// that type-checks dependencies without bodies (extinct's own) leaves it
// without those facts, so statuscode consults this table first.
var neverReturnFuncs = map[string]bool{
	"os.Exit": true, "syscall.Exit": true, "runtime.Goexit": true,
	"log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true,
	"log.Panic": true, "log.Panicf": true, "log.Panicln": true,
	"(*log.Logger).Fatal": true, "(*log.Logger).Fatalf": true, "(*log.Logger).Fatalln": true,
	"(*log.Logger).Panic": true, "(*log.Logger).Panicf": true, "(*log.Logger).Panicln": true,
	"(*testing.common).FailNow": true, "(*testing.common).Fatal": true, "(*testing.common).Fatalf": true,
	"(*testing.common).SkipNow": true, "(*testing.common).Skip": true, "(*testing.common).Skipf": true,

	"(*go.uber.org/zap.Logger).Fatal": true, "(*go.uber.org/zap.Logger).Panic": true,
	"(*go.uber.org/zap.SugaredLogger).Fatal": true, "(*go.uber.org/zap.SugaredLogger).Fatalf": true,
	"(*go.uber.org/zap.SugaredLogger).Fatalw": true, "(*go.uber.org/zap.SugaredLogger).Panic": true,
	"(*go.uber.org/zap.SugaredLogger).Panicf": true, "(*go.uber.org/zap.SugaredLogger).Panicw": true,
	"github.com/sirupsen/logrus.Fatal": true, "github.com/sirupsen/logrus.Fatalf": true,
	"github.com/sirupsen/logrus.Fatalln": true, "github.com/sirupsen/logrus.Exit": true,
	"github.com/sirupsen/logrus.Panic": true, "github.com/sirupsen/logrus.Panicf": true,
	"github.com/sirupsen/logrus.Panicln":         true,
	"(*github.com/sirupsen/logrus.Logger).Fatal": true, "(*github.com/sirupsen/logrus.Logger).Fatalf": true,
	"(*github.com/sirupsen/logrus.Logger).Fatalln": true, "(*github.com/sirupsen/logrus.Logger).Exit": true,
	"(*github.com/sirupsen/logrus.Logger).Panic": true, "(*github.com/sirupsen/logrus.Logger).Panicf": true,
	"(*github.com/sirupsen/logrus.Logger).Panicln": true,
	"(*github.com/sirupsen/logrus.Entry).Fatal":    true, "(*github.com/sirupsen/logrus.Entry).Fatalf": true,
	"(*github.com/sirupsen/logrus.Entry).Fatalln": true, "(*github.com/sirupsen/logrus.Entry).Panic": true,
	"(*github.com/sirupsen/logrus.Entry).Panicf": true, "(*github.com/sirupsen/logrus.Entry).Panicln": true,
	"k8s.io/klog/v2.Fatal": true, "k8s.io/klog/v2.Fatalf": true, "k8s.io/klog/v2.Fatalln": true,
	"k8s.io/klog/v2.Exit": true, "k8s.io/klog/v2.Exitf": true, "k8s.io/klog/v2.Exitln": true,
	"github.com/golang/glog.Fatal": true, "github.com/golang/glog.Fatalf": true, "github.com/golang/glog.Fatalln": true,
	"github.com/golang/glog.Exit": true, "github.com/golang/glog.Exitf": true, "github.com/golang/glog.Exitln": true,
}

// indexFuncs records the package's function declarations and, per
// declaration, the calls made as statements (the only calls that can end
// a path), using the shared inspector.
func (s *state) indexFuncs(ins *inspector.Inspector) {
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.ExprStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				continue
			}
			if fn, ok := s.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				s.decls[fn] = n
			}
		case *ast.ExprStmt:
			call, ok := ast.Unparen(n.X).(*ast.CallExpr)
			if !ok {
				continue
			}
			for enc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
				if d, ok := enc.Node().(*ast.FuncDecl); ok {
					s.stmtCalls[d] = append(s.stmtCalls[d], call)
				}
				break // only the innermost function
			}
		}
	}
}

// exportNoReturn exports a noReturnFact for every function of the package
// that never returns and that another package can call.
func (s *state) exportNoReturn() {
	if s.pass.Pkg.Name() == "main" {
		return
	}
	for fn := range s.decls {
		if fn.Exported() && s.neverReturns(fn) {
			s.pass.ExportObjectFact(fn, new(noReturnFact))
		}
	}
}

// newCFG builds the control-flow graph of a function body, with calls to
// functions that never return ending their block.
func (s *state) newCFG(body *ast.BlockStmt) *cfg.CFG {
	return cfg.New(body, s.callMayReturn)
}

// callMayReturn reports whether a call may return.
func (s *state) callMayReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := s.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return false
		}
	}
	fn := typeutil.StaticCallee(s.pass.TypesInfo, call)
	return fn == nil || !s.neverReturns(fn)
}

// neverReturns reports whether fn never returns: from the table, from
// ctrlflow or this package's own CFGs for a function declared here, or from
// a fact for one declared in another package.
func (s *state) neverReturns(fn *types.Func) bool {
	fn = fn.Origin()
	if neverReturnFuncs[fn.FullName()] {
		return true
	}
	if fn.Pkg() != s.pass.Pkg {
		return fn.Pkg() != nil && s.pass.ImportObjectFact(fn, new(noReturnFact))
	}
	if r, ok := s.noRet[fn]; ok {
		return r // a cycle is broken with "returns"
	}
	s.noRet[fn] = false
	r := s.cfgs.NoReturn(fn)
	if decl := s.decls[fn]; !r && decl != nil {
		for _, call := range s.stmtCalls[decl] {
			if !s.callMayReturn(call) {
				// Some statement ends its path: ask the CFG.
				r = s.newCFG(decl.Body).NoReturn()
				break
			}
		}
	}
	s.noRet[fn] = r
	return r
}
