package statuscode

import (
	"go/ast"
	"go/types"

	"github.com/extinctlint/extinct/internal/astutil"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// noReturnFact marks a function that never returns (it exits, panics or
// calls one that does on every path), so that an error branch ending in
// a call to it in another package is not judged. Derived says that
// ctrlflow did not see it (the function reaches the exit only through a
// call that ctrlflow knows nothing about, such as log.Fatal under a
// loader without dependency bodies): an importer's ctrlflow graphs then
// miss it, and statuscode builds graphs of its own for the functions
// that call it.
type noReturnFact struct{ Derived bool }

func (*noReturnFact) AFact() {}
func (f *noReturnFact) String() string {
	if f.Derived {
		return "noReturn(derived)"
	}
	return "noReturn"
}

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

// neverReturnPkgs are the packages of neverReturnFuncs: a callee elsewhere
// is not looked up (FullName allocates).
var neverReturnPkgs = map[string]bool{
	"os": true, "syscall": true, "runtime": true, "log": true, "testing": true,
	"go.uber.org/zap": true, "github.com/sirupsen/logrus": true,
	"k8s.io/klog/v2": true, "github.com/golang/glog": true,
}

// inNeverReturnTable reports whether fn is in neverReturnFuncs.
func inNeverReturnTable(fn *types.Func) bool {
	return fn.Pkg() != nil && neverReturnPkgs[fn.Pkg().Path()] && neverReturnFuncs[fn.FullName()]
}

// indexFuncs records the package's function declarations and, per
// function (declaration or literal), the calls made as statements in its
// own body (the only calls that can end a path), using the shared
// inspector.
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
				s.stmtCalls[enc.Node()] = append(s.stmtCalls[enc.Node()], call)
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
			s.pass.ExportObjectFact(fn, &noReturnFact{Derived: !s.cfgs.NoReturn(fn)})
		}
	}
}

// newCFG returns the control-flow graph of a function (declaration or
// literal), with calls to functions that never return ending their
// block: ctrlflow's, unless the function calls one that ctrlflow does not
// know never returns; then one of its own.
func (s *state) newCFG(fn ast.Node) *cfg.CFG {
	if !s.hasDerivedCall(fn) {
		switch fn := fn.(type) {
		case *ast.FuncDecl:
			if g := s.cfgs.FuncDecl(fn); g != nil {
				return g
			}
		case *ast.FuncLit:
			if g := s.cfgs.FuncLit(fn); g != nil {
				return g
			}
		}
	}
	body := astutil.FuncBody(fn)
	if body == nil {
		return nil
	}
	return cfg.New(body, s.callMayReturn)
}

// hasDerivedCall reports whether the function calls, as a statement, one
// that never returns although ctrlflow says it may.
func (s *state) hasDerivedCall(fn ast.Node) bool {
	for _, call := range s.stmtCalls[fn] {
		if s.derivedNoReturn(call) {
			return true
		}
	}
	return false
}

// derivedNoReturn reports whether call never returns by statuscode's
// knowledge (the table, its facts) but not by ctrlflow's.
func (s *state) derivedNoReturn(call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(s.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	switch {
	case inNeverReturnTable(fn):
		return true // ctrlflow may know it too: a second graph is harmless
	case fn.Pkg() != s.pass.Pkg:
		f := new(noReturnFact)
		return fn.Pkg() != nil && s.pass.ImportObjectFact(fn, f) && f.Derived
	default:
		return !s.cfgs.NoReturn(fn) && s.neverReturns(fn)
	}
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
// ctrlflow, from this package's own graphs for a function declared here
// that calls one ctrlflow does not know about, or from a fact for one
// declared in another package.
func (s *state) neverReturns(fn *types.Func) bool {
	fn = fn.Origin()
	if inNeverReturnTable(fn) {
		return true
	}
	if fn.Pkg() != s.pass.Pkg {
		return fn.Pkg() != nil && s.pass.ImportObjectFact(fn, new(noReturnFact))
	}
	if s.cfgs.NoReturn(fn) {
		return true
	}
	if r, ok := s.noRet[fn]; ok {
		return r // a cycle is broken with "returns"
	}
	s.noRet[fn] = false
	r := false
	if decl := s.decls[fn]; decl != nil && s.hasDerivedCall(decl) {
		// Only here does a graph of statuscode's own say more than ctrlflow's.
		r = cfg.New(decl.Body, s.callMayReturn).NoReturn()
	}
	s.noRet[fn] = r
	return r
}
