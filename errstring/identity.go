package errstring

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// Error identities, for errstring/wrap-identity: which sentinels (package
// variables of an error type) and error types an error may carry, and
// which of them code tests with errors.Is, errors.As, == or a type
// assertion.
//
// An identity is named by a key, "path.Name" of the variable or type. A
// key that starts with '+' is an API identity: exported from a package of
// the module that other packages may import (not main, not under
// internal/), which callers test by contract.

// mayReturn is the fact of a function with an error result: the
// identities its error may carry.
type mayReturn struct{ Keys []string }

func (*mayReturn) AFact() {}

func (f *mayReturn) String() string { return "mayReturn(" + strings.Join(f.Keys, ",") + ")" }

// tested is the fact of a package: the identities it tests, and its
// module, whose packages share what they test; and the messages of its
// exported sentinels made by errors.New with a constant, as
// "message\x00Name", for errstring/match-text.
type tested struct {
	Module    string
	Keys      []string
	Sentinels []string
	// Via lists "key\x00Method": key is tested on the error of a call of
	// an interface method of that name (reach.go).
	Via []string
}

func (*tested) AFact() {}

func (f *tested) String() string {
	s := "tested(" + strings.Join(f.Keys, ",") + ") sentinels(" + strings.ReplaceAll(strings.Join(f.Sentinels, ","), "\x00", "=") + ")"
	if len(f.Via) > 0 {
		s += " via(" + strings.ReplaceAll(strings.Join(f.Via, ","), "\x00", "@") + ")"
	}
	return s
}

// identities is what a pass knows of error identities.
type identities struct {
	pass   *analysis.Pass
	module string
	tested map[string]bool // keys (without '+') tested in the module
	// assigns maps a local variable to the values assigned to it; a
	// tuple assignment from a call is stored as the call, for the
	// variable of the call's last (error) result.
	assigns map[types.Object][]ast.Expr
	decls   map[*types.Func]*ast.FuncDecl
	// messages maps the constant message of an exported sentinel of a
	// package this one imports to its qualified name.
	messages map[string]string
	// ownMessages maps the constant message of a sentinel of this
	// package (var errX = errors.New("...")) to it.
	ownMessages map[string]*types.Var
	memo        map[*types.Func][]string
	busy        map[*types.Func]bool
	// checks are the tests seen in the package, resolved into tested
	// and testedFrom once every assignment is known.
	checks []check
	// testedFrom maps a key tested on an error that comes from known
	// functions of this package to those functions (reach.go).
	testedFrom map[string][]*types.Func
	// via holds "key\x00Method" of the module's tests of key on the error
	// of an interface method.
	via   map[string]bool
	flows map[*types.Func]map[*types.Func]bool
	// testedInLit maps a key tested on an error that function literals
	// passed to a func parameter return to those literals.
	testedInLit map[string][]*ast.FuncLit
	// params maps a parameter of an unexported function of the package
	// to its function and index; calls holds the calls of such
	// functions, and escapes those also used as values.
	params    map[*types.Var]param
	calls     map[*types.Func][]*ast.CallExpr
	escapes   map[*types.Func]bool
	busyParam map[*types.Var]bool
}

// modulePath is the module of the package under analysis or, where the
// driver does not know it (GOPATH mode, the standard library), the first
// element of the package path.
func modulePath(pass *analysis.Pass) string {
	if pass.Module != nil && pass.Module.Path != "" {
		return pass.Module.Path
	}
	p := pass.Pkg.Path()
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return p
}

func inModule(path, module string) bool {
	return path == module || strings.HasPrefix(path, module+"/")
}

// newIdentities looks once at every file of the package, tests included,
// for what the package tests and what its local variables hold, and
// exports the package's facts.
func newIdentities(pass *analysis.Pass, in *inspector.Inspector) *identities {
	ix := &identities{
		pass:     pass,
		module:   modulePath(pass),
		tested:   make(map[string]bool),
		assigns:  make(map[types.Object][]ast.Expr),
		decls:    make(map[*types.Func]*ast.FuncDecl),
		memo:     make(map[*types.Func][]string),
		busy:     make(map[*types.Func]bool),
		messages: make(map[string]string),

		ownMessages: make(map[string]*types.Var),

		testedFrom: make(map[string][]*types.Func),
		via:        make(map[string]bool),
		params:     make(map[*types.Var]param),
		calls:      make(map[*types.Func][]*ast.CallExpr),
		escapes:    make(map[*types.Func]bool),
		busyParam:  make(map[*types.Var]bool),
		flows:      make(map[*types.Func]map[*types.Func]bool),

		testedInLit: make(map[string][]*ast.FuncLit),
	}
	var exported []string
	nodes := []ast.Node{
		(*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.SwitchStmt)(nil),
		(*ast.TypeAssertExpr)(nil), (*ast.CaseClause)(nil), (*ast.TypeSwitchStmt)(nil),
	}
	var tagSwitch *ast.SwitchStmt      // the innermost switch on an error
	var typeSwitch *ast.TypeSwitchStmt // the innermost type switch
	in.Preorder(nodes, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				ix.decls[fn] = n
				ix.addParams(fn, n)
			}
		case *ast.AssignStmt:
			ix.addAssign(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			ix.addAssign(lhs, n.Values)
			exported = ix.addMessages(n, exported)
		case *ast.CallExpr:
			ix.testedByCall(n)
			ix.addCall(n)
		case *ast.BinaryExpr:
			// err != nil tests no identity, even of a package variable
			// that holds a failure (caddy: var wd, wderr = os.Getwd()).
			if (n.Op == token.EQL || n.Op == token.NEQ) && !isNil(pass, n.X) && !isNil(pass, n.Y) {
				ix.addSentinel(n.X, n.Y)
				ix.addSentinel(n.Y, n.X)
			}
		case *ast.SwitchStmt:
			tagSwitch = nil
			if n.Tag != nil && ix.isErrorIface(n.Tag) {
				tagSwitch = n
			}
		case *ast.TypeSwitchStmt:
			typeSwitch = n
		case *ast.CaseClause:
			for _, e := range n.List {
				if tagSwitch != nil && within(n, tagSwitch.Body) {
					ix.addSentinel(e, tagSwitch.Tag)
				} else if tv, ok := pass.TypesInfo.Types[e]; ok && tv.IsType() {
					var subject ast.Expr // a case of a type switch (or of a switch on something else: harmless)
					if typeSwitch != nil && within(n, typeSwitch.Body) {
						subject = typeSwitchSubject(typeSwitch)
					}
					ix.addType(tv.Type, subject)
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && ix.isErrorIface(n.X) {
				ix.addType(pass.TypesInfo.TypeOf(n.Type), n.X)
			}
		}
	})
	for _, f := range pass.AllPackageFacts() {
		t, ok := f.Fact.(*tested)
		if !ok {
			continue
		}
		for _, s := range t.Sentinels {
			if msg, name, ok := strings.Cut(s, "\x00"); ok && ix.messages[msg] == "" {
				ix.messages[msg] = f.Package.Name() + "." + name
			}
		}
		if t.Module == ix.module {
			for _, k := range t.Keys {
				ix.tested[k] = true
			}
			for _, v := range t.Via {
				ix.via[v] = true
			}
		}
	}
	own, via := ix.resolveChecks()
	for k := range own {
		ix.tested[k] = true
	}
	if (len(own) > 0 || len(via) > 0 || len(exported) > 0) && pass.Pkg.Name() != "main" {
		keys := make([]string, 0, len(own))
		for k := range own {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		slices.Sort(exported)
		slices.Sort(via)
		pass.ExportPackageFact(&tested{Module: ix.module, Keys: keys, Sentinels: exported, Via: via})
	}
	for fn := range ix.decls {
		if !fn.Exported() || pass.Pkg.Name() == "main" {
			continue // only exported functions are called from other packages
		}
		if keys := ix.ofFunc(fn); len(keys) > 0 {
			pass.ExportObjectFact(fn, &mayReturn{Keys: keys})
		}
	}
	return ix
}

// addMessages appends to exported the messages of the package's exported
// sentinels declared by spec (var ErrX = errors.New("...")), each with its
// name, for the package's fact.
func (ix *identities) addMessages(spec *ast.ValueSpec, exported []string) []string {
	for i, id := range spec.Names {
		if i >= len(spec.Values) {
			break
		}
		v, ok := ix.pass.TypesInfo.Defs[id].(*types.Var)
		if !ok || v.Parent() != ix.pass.Pkg.Scope() {
			continue
		}
		call, ok := ast.Unparen(spec.Values[i]).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			continue
		}
		if fn := typeutil.StaticCallee(ix.pass.TypesInfo, call); fn == nil || fn.FullName() != "errors.New" {
			continue
		}
		tv, ok := ix.pass.TypesInfo.Types[call.Args[0]]
		if !ok || tv.Value == nil {
			continue
		}
		msg, ok := constantString(tv.Value)
		if !ok || msg == "" {
			continue
		}
		ix.ownMessages[msg] = v
		if v.Exported() {
			exported = append(exported, msg+"\x00"+v.Name())
		}
	}
	return exported
}

func (ix *identities) addAssign(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			continue
		}
		obj := ix.pass.TypesInfo.ObjectOf(id)
		if obj == nil || !ix.isErrorType(obj.Type()) && !ix.returnsError(obj.Type()) {
			continue
		}
		switch {
		case len(lhs) == len(rhs):
			ix.assigns[obj] = append(ix.assigns[obj], rhs[i])
		case len(rhs) == 1 && i == len(lhs)-1:
			ix.assigns[obj] = append(ix.assigns[obj], rhs[0]) // x, err := f()
		}
	}
}

// testedByCall records the target of errors.Is and errors.As.
func (ix *identities) testedByCall(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(ix.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) != 2 {
		return
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "errors.Is":
		ix.addSentinel(call.Args[1], call.Args[0])
	case "errors.As":
		if ptr, ok := ix.pass.TypesInfo.TypeOf(call.Args[1]).(*types.Pointer); ok {
			ix.addType(ptr.Elem(), call.Args[0])
		}
	}
}

// addSentinel records a test of e on the error subject if e names a
// package variable of an error type.
func (ix *identities) addSentinel(e, subject ast.Expr) {
	if v := sentinelVar(ix.pass.TypesInfo, e); v != nil {
		ix.checks = append(ix.checks, check{objKey(v), subject})
	}
}

// addType records a test for t (or what it points to) on the error
// subject if t is a named error type.
func (ix *identities) addType(t types.Type, subject ast.Expr) {
	if tn := errorTypeName(t); tn != nil {
		ix.checks = append(ix.checks, check{objKey(tn), subject})
	}
}

// sentinelVar returns the package variable of an error type that e
// names, or nil.
func sentinelVar(info *types.Info, e ast.Expr) *types.Var {
	id := astutil.NameIdent(e)
	if id == nil {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !types.Implements(v.Type(), errorIface) {
		return nil
	}
	return v
}

// errorTypeName returns the named type of t (or of what t points to), if
// it is not an interface and it or its pointer is an error.
func errorTypeName(t types.Type) *types.TypeName {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || types.IsInterface(n) || n.Obj().Pkg() == nil {
		return nil
	}
	if !types.Implements(n, errorIface) && !types.Implements(types.NewPointer(n), errorIface) {
		return nil
	}
	return n.Origin().Obj()
}

// objKey is the key of a sentinel or error type: '+' in front for an API
// identity.
func objKey(obj types.Object) string {
	path := obj.Pkg().Path()
	k := path + "." + obj.Name()
	if obj.Exported() && obj.Pkg().Name() != "main" && !strings.Contains("/"+path+"/", "/internal/") {
		return "+" + k
	}
	return k
}

func (ix *identities) isErrorType(t types.Type) bool {
	return t != nil && types.Implements(t, errorIface)
}

func (ix *identities) isErrorIface(e ast.Expr) bool {
	t := ix.pass.TypesInfo.TypeOf(e)
	return t != nil && types.IsInterface(t) && types.Implements(t, errorIface)
}
