package errstring

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/extinctlint/extinct/internal/astutil"
)

// Sentinels of other modules. The driver reads only the types of a package
// it does not analyse (export data): an object's position, but not what a
// variable is initialised with, and no fact. The messages of such a
// package's exported sentinels (var ErrX = errors.New("..."), a constant
// of a string error type such as go-redis's Nil, a variable that names
// another package's sentinel such as gorm's ErrRecordNotFound) are read
// from the source files those positions name, once per package and run,
// and only when a match of error text needs them.

var depCache = struct {
	sync.Mutex
	byKey map[string]map[string]string // package key -> message -> qualified name
}{byKey: make(map[string]map[string]string)}

// depMessages returns the messages of pkg's exported sentinels, each with
// its qualified name ("redis.Nil"); a message two sentinels share is left
// out (errors.Is with one of them is not the same test).
func depMessages(pkg *types.Package, fset *token.FileSet) map[string]string {
	key := pkg.Path() + "\x00" + firstFile(pkg, fset)
	depCache.Lock()
	m, ok := depCache.byKey[key]
	depCache.Unlock()
	if ok {
		return m
	}
	m = newDepReader(fset).messages(pkg, 0)
	depCache.Lock()
	depCache.byKey[key] = m
	depCache.Unlock()
	return m
}

// firstFile names the file of pkg's first exported object: the package's
// version in the module cache, so a key for the cache.
func firstFile(pkg *types.Package, fset *token.FileSet) string {
	for _, name := range pkg.Scope().Names() {
		if obj := pkg.Scope().Lookup(name); obj.Exported() && obj.Pos().IsValid() {
			return fset.Position(obj.Pos()).Filename
		}
	}
	return ""
}

// depReader reads sentinels' initialisers from source; files are parsed
// once each.
type depReader struct {
	fset  *token.FileSet // the driver's: positions of the objects
	src   *token.FileSet // the files parsed here
	files map[string]*ast.File
}

func newDepReader(fset *token.FileSet) *depReader {
	return &depReader{fset: fset, src: token.NewFileSet(), files: make(map[string]*ast.File)}
}

// maxDepth bounds the chain of sentinels naming sentinels of other
// packages (gorm.ErrRecordNotFound = logger.ErrRecordNotFound).
const maxDepth = 3

func (r *depReader) messages(pkg *types.Package, depth int) map[string]string {
	m := make(map[string]string)
	shared := make(map[string]bool)
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		if !obj.Exported() || !astutil.IsErrorType(obj.Type()) {
			continue
		}
		msg, ok := r.messageOf(pkg, obj, depth)
		if !ok || msg == "" {
			continue
		}
		if _, dup := m[msg]; dup {
			shared[msg] = true
		}
		m[msg] = pkg.Name() + "." + name
	}
	for msg := range shared {
		delete(m, msg)
	}
	return m
}

// messageOf returns the constant message of the sentinel obj of pkg.
func (r *depReader) messageOf(pkg *types.Package, obj types.Object, depth int) (string, bool) {
	switch obj := obj.(type) {
	case *types.Const:
		if obj.Val().Kind() == constant.String && r.errorIsItsString(obj.Type()) {
			return constant.StringVal(obj.Val()), true
		}
	case *types.Var:
		if f, spec, i := r.declOf(obj); spec != nil && i < len(spec.Values) {
			return r.eval(pkg, f, spec.Values[i], depth)
		}
	}
	return "", false
}

// declOf finds the value spec declaring v in the file its position names.
func (r *depReader) declOf(v *types.Var) (*ast.File, *ast.ValueSpec, int) {
	pos := r.fset.Position(v.Pos())
	f := r.parse(pos.Filename)
	if f == nil {
		return nil, nil, 0
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			for i, id := range vs.Names {
				if id.Name == v.Name() {
					return f, vs, i
				}
			}
		}
	}
	return nil, nil, 0
}

func (r *depReader) parse(filename string) *ast.File {
	if f, ok := r.files[filename]; ok {
		return f
	}
	var f *ast.File
	if src, err := os.ReadFile(inModuleCache(filename)); err == nil {
		f, _ = parser.ParseFile(r.src, filename, src, parser.SkipObjectResolution)
	}
	r.files[filename] = f
	return f
}

// inModuleCache returns where the file of a position recorded under
// -trimpath ("github.com/soheilhy/cmux@v0.1.5/cmux.go") is in the module
// cache; other names as they are.
func inModuleCache(name string) string {
	at := strings.IndexByte(name, '@')
	if filepath.IsAbs(name) || at < 0 {
		return name
	}
	slash := strings.IndexByte(name[at:], '/')
	if slash < 0 {
		return name
	}
	dir := os.Getenv("GOMODCACHE")
	if dir == "" {
		gopath := filepath.SplitList(os.Getenv("GOPATH"))
		if len(gopath) == 0 || gopath[0] == "" {
			home, _ := os.UserHomeDir()
			gopath = []string{filepath.Join(home, "go")}
		}
		dir = filepath.Join(gopath[0], "pkg", "mod")
	}
	var escaped strings.Builder // the module cache's case encoding
	for _, r := range name[:at+slash] {
		if 'A' <= r && r <= 'Z' {
			escaped.WriteByte('!')
			r += 'a' - 'A'
		}
		escaped.WriteRune(r)
	}
	return filepath.Join(dir, escaped.String(), filepath.FromSlash(name[at+slash:]))
}

// eval returns the message of the error e makes: errors.New or an Errorf
// with a constant and nothing to format, a conversion of a constant to a
// string error type, or another sentinel named.
func (r *depReader) eval(pkg *types.Package, f *ast.File, e ast.Expr, depth int) (string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if len(e.Args) != 1 {
			return "", false
		}
		msg, ok := constText(pkg, e.Args[0])
		if !ok {
			return "", false
		}
		switch fun := e.Fun.(type) {
		case *ast.SelectorExpr:
			switch importPath(f, fun.X) + "." + fun.Sel.Name {
			case "errors.New", "github.com/pkg/errors.New", "golang.org/x/xerrors.New":
				return msg, true
			case "fmt.Errorf", "github.com/pkg/errors.Errorf", "golang.org/x/xerrors.Errorf":
				return msg, !strings.Contains(msg, "%")
			}
		case *ast.Ident: // a conversion: errListenerClosed("mux: listener closed")
			if tn, ok := pkg.Scope().Lookup(fun.Name).(*types.TypeName); ok && r.errorIsItsString(tn.Type()) {
				return msg, true
			}
		}
	case *ast.Ident:
		if obj := pkg.Scope().Lookup(e.Name); obj != nil && depth < maxDepth && astutil.IsErrorType(obj.Type()) {
			return r.messageOf(pkg, obj, depth+1)
		}
	case *ast.SelectorExpr:
		path := importPath(f, e.X)
		for _, imp := range pkg.Imports() {
			if imp.Path() == path && depth < maxDepth {
				if obj := imp.Scope().Lookup(e.Sel.Name); obj != nil && obj.Exported() && astutil.IsErrorType(obj.Type()) {
					return r.messageOf(imp, obj, depth+1)
				}
			}
		}
	}
	return "", false
}

// constText returns the value of a string literal or of a constant of pkg
// (or a sum of them).
func constText(pkg *types.Package, e ast.Expr) (string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			s, err := strconv.Unquote(e.Value)
			return s, err == nil
		}
	case *ast.Ident:
		if c, ok := pkg.Scope().Lookup(e.Name).(*types.Const); ok && c.Val().Kind() == constant.String {
			return constant.StringVal(c.Val()), true
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x, okx := constText(pkg, e.X)
			y, oky := constText(pkg, e.Y)
			return x + y, okx && oky
		}
	}
	return "", false
}

// importPath returns the path of the package x names in f, or "".
func importPath(f *ast.File, x ast.Expr) string {
	id, ok := x.(*ast.Ident)
	if !ok {
		return ""
	}
	for _, imp := range f.Imports {
		if name, path, ok := astutil.ImportedAs(imp); ok && name == id.Name {
			return path
		}
	}
	return ""
}

// errorIsItsString reports whether t is a named string type whose Error
// method returns the value itself (return string(e)), so that a constant
// of it has that constant as its message.
func (r *depReader) errorIsItsString(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if b, ok := named.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return false
	}
	for i := range named.NumMethods() {
		m := named.Method(i)
		if m.Name() != "Error" {
			continue
		}
		pos := r.fset.Position(m.Pos())
		f := r.parse(pos.Filename)
		if f == nil {
			return false
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "Error" && fd.Recv != nil && r.src.Position(fd.Name.Pos()).Line == pos.Line {
				return returnsOwnString(fd)
			}
		}
	}
	return false
}

// returnsOwnString reports whether fd's body is return string(recv).
func returnsOwnString(fd *ast.FuncDecl) bool {
	if fd.Body == nil || len(fd.Body.List) != 1 || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
		return false
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	conv, ok := ret.Results[0].(*ast.CallExpr)
	if !ok || len(conv.Args) != 1 {
		return false
	}
	fun, ok := conv.Fun.(*ast.Ident)
	arg, ok2 := conv.Args[0].(*ast.Ident)
	return ok && ok2 && fun.Name == "string" && arg.Name == fd.Recv.List[0].Names[0].Name
}

// depSentinels returns the messages of the exported sentinels of the
// packages of other modules that this package imports (not the standard
// library, whose errors sentinelTable holds), a message of two of them
// left out; built on first use.
func (c *checker) depSentinels() map[string]string {
	if c.deps != nil {
		return c.deps
	}
	c.deps = make(map[string]string)
	shared := make(map[string]bool)
	module := modulePath(c.pass)
	for _, imp := range c.pass.Pkg.Imports() {
		path := imp.Path()
		if isStdPath(path) || inModule(path, module) {
			continue
		}
		for msg, name := range depMessages(imp, c.pass.Fset) {
			if old, dup := c.deps[msg]; dup && old != name {
				shared[msg] = true
			}
			c.deps[msg] = name
		}
	}
	for msg := range shared {
		delete(c.deps, msg)
	}
	return c.deps
}

// depContaining returns the one sentinel of depSentinels whose message
// contains part, a text of at least minPart bytes that is part of no
// error's message of the standard library (whose words servers and
// drivers use too).
func (c *checker) depContaining(part string) (name string, ok bool) {
	if len(part) < minPart || partOfAnother(part) {
		return "", false
	}
	for m, n := range c.depSentinels() {
		if strings.Contains(m, part) {
			if ok {
				return "", false
			}
			name, ok = n, true
		}
	}
	return name, ok
}

// partOfOther reports whether msg, the message of a sentinel of
// depSentinels, is part of another error's message.
func (c *checker) partOfOther(msg string) bool {
	if partOfAnother(msg) {
		return true
	}
	for m := range c.depSentinels() {
		if m != msg && strings.Contains(m, msg) {
			return true
		}
	}
	return false
}
