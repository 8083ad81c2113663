package sentinels

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// Following an expression of the standard library back to its message.

// maxDepth bounds the chain of references followed, against cycles.
const maxDepth = 10

func (s *scanner) resolveVar(p *pkg, name string, depth int) (value, bool) {
	v := p.vars[name]
	if v == nil || v.value == nil || depth > maxDepth {
		return value{}, false
	}
	val, ok := s.resolve(p, v.file, v.value, depth+1)
	if ok && val.id == "" {
		val.id = p.path + "." + name
	}
	return val, ok
}

// resolve returns the message of the error that expr, in file f of package
// p, evaluates to. An empty id means the value is built here, so it is
// identified by the variable that holds it.
func (s *scanner) resolve(p *pkg, f *ast.File, expr ast.Expr, depth int) (value, bool) {
	if depth > maxDepth {
		return value{}, false
	}
	switch e := expr.(type) {
	case *ast.ParenExpr:
		return s.resolve(p, f, e.X, depth)
	case *ast.Ident:
		return s.resolveVar(p, e.Name, depth)
	case *ast.SelectorExpr:
		if other, ok := s.imported(p, f, e.X); ok {
			return s.resolveVar(other, e.Sel.Name, depth)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			if lit, ok := e.X.(*ast.CompositeLit); ok {
				return s.resolveValueOf(p, f, lit.Type, lit, depth)
			}
		}
	case *ast.CompositeLit:
		return s.resolveValueOf(p, f, e.Type, e, depth)
	case *ast.CallExpr:
		return s.resolveCall(p, f, e, depth)
	}
	return value{}, false
}

func (s *scanner) resolveCall(p *pkg, f *ast.File, call *ast.CallExpr, depth int) (value, bool) {
	callee, name, ok := s.qualified(p, f, call.Fun)
	if !ok {
		return value{}, false
	}
	switch {
	case callee.path == "errors" && name == "New" && len(call.Args) == 1:
		if msg, ok := stringLit(call.Args[0]); ok {
			return value{msg: msg}, true
		}
		return value{}, false
	case callee.path == "fmt" && name == "Errorf" && len(call.Args) == 1:
		if msg, ok := stringLit(call.Args[0]); ok && !strings.Contains(msg, "%") {
			return value{msg: msg}, true
		}
		return value{}, false
	}
	if fn := callee.funcs[name]; fn != nil {
		// A function whose body is "return X".
		result := singleReturn(fn)
		if len(call.Args) != 0 || result == nil {
			return value{}, false
		}
		return s.resolve(callee, callee.fileOf[fn], result, depth+1)
	}
	if _, ok := callee.types[name]; ok && len(call.Args) == 1 {
		// A conversion, T("message").
		return s.resolveValueOf(callee, f, call.Fun, call.Args[0], depth)
	}
	return value{}, false
}

// resolveValueOf returns the message of val, a composite literal of type
// typ or an operand converted to typ, from typ's Error method.
func (s *scanner) resolveValueOf(p *pkg, f *ast.File, typ, val ast.Expr, depth int) (value, bool) {
	owner, typeName, ok := s.qualified(p, f, typ)
	if !ok {
		return value{}, false
	}
	method := owner.methods[typeName+".Error"]
	result := singleReturn(method)
	if result == nil {
		return value{}, false
	}
	recv := ""
	if names := method.Recv.List[0].Names; len(names) == 1 {
		recv = names[0].Name
	}
	switch r := result.(type) {
	case *ast.BasicLit:
		if msg, ok := stringLit(r); ok {
			return value{msg: msg}, true
		}
	case *ast.CallExpr: // return string(e)
		if id, ok := r.Fun.(*ast.Ident); ok && id.Name == "string" && len(r.Args) == 1 && isIdent(r.Args[0], recv) {
			if msg, ok := stringLit(val); ok {
				return value{msg: msg}, true
			}
		}
	case *ast.SelectorExpr: // return e.field
		lit, ok := val.(*ast.CompositeLit)
		if !ok || !isIdent(r.X, recv) || recv == "" {
			return value{}, false
		}
		if field, ok := fieldValue(owner.types[typeName], lit, r.Sel.Name); ok {
			if msg, ok := stringLit(field); ok {
				return value{msg: msg}, true
			}
		}
	}
	return value{}, false
}

// fieldValue returns the value lit gives to the field named name of the
// struct type declared by spec.
func fieldValue(spec *ast.TypeSpec, lit *ast.CompositeLit, name string) (ast.Expr, bool) {
	if spec == nil {
		return nil, false
	}
	st, ok := spec.Type.(*ast.StructType)
	if !ok {
		return nil, false
	}
	index := -1
	i := 0
	for _, field := range st.Fields.List {
		if len(field.Names) == 0 {
			i++ // embedded
			continue
		}
		for _, n := range field.Names {
			if n.Name == name {
				index = i
			}
			i++
		}
	}
	for j, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if isIdent(kv.Key, name) {
				return kv.Value, true
			}
			continue
		}
		if j == index {
			return elt, true
		}
	}
	return nil, false
}

// qualified returns the package and name that e, a name or a qualified
// name in file f of p, refers to.
func (s *scanner) qualified(p *pkg, f *ast.File, e ast.Expr) (*pkg, string, bool) {
	switch e := e.(type) {
	case *ast.Ident:
		return p, e.Name, true
	case *ast.SelectorExpr:
		other, ok := s.imported(p, f, e.X)
		return other, e.Sel.Name, ok
	}
	return nil, "", false
}

// singleReturn returns X of a function whose body is "return X", or nil.
func singleReturn(fn *ast.FuncDecl) ast.Expr {
	if fn == nil || fn.Body == nil || len(fn.Body.List) != 1 {
		return nil
	}
	ret, ok := fn.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	return ret.Results[0]
}

// imported returns the package that x, a package name in file f of p,
// refers to.
func (s *scanner) imported(p *pkg, f *ast.File, x ast.Expr) (*pkg, bool) {
	id, ok := x.(*ast.Ident)
	if !ok {
		return nil, false
	}
	path, ok := p.imports[f][id.Name]
	if !ok {
		return nil, false
	}
	other, err := s.load(path)
	return other, err == nil
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}
