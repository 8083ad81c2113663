// Package sentinels reads the standard library's sources and finds the
// errors it exports as package-level values, with their exact messages: the
// table behind errstring's "this text is io.EOF's message" findings.
//
// It reads syntax only (no type checking, no build), so it is fast and gives
// the same answer on every machine for a given GOROOT. It understands the
// ways the standard library builds its sentinels: errors.New("..."),
// fmt.Errorf("...") without verbs, a reference to another package-level
// error (os.ErrNotExist = fs.ErrNotExist), a call to a function whose body is
// one return statement (fs.errNotExist()), and a value of a type whose Error
// method returns a constant, one of the value's string fields, or the value
// converted to string (net.ErrClosed, context.DeadlineExceeded,
// http.ErrNotSupported). Anything else is left out rather than guessed.
//
// Errno constants of package syscall are added from the linux/amd64 table,
// so that a message such as "invalid argument", shared by os.ErrInvalid and
// syscall.EINVAL, is known to be ambiguous.
package sentinels

import (
	"cmp"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/extinctlint/extinct/internal/astutil"
)

// A Sentinel is one exported error of the standard library, or an
// unexported one that shares an exported one's message (Name not
// exported: see sharing).
type Sentinel struct {
	Path    string // import path, such as "io"
	Name    string // exported name, such as "EOF"
	Message string // what Error returns
	// Value names the variable that holds the value (for example
	// "internal/oserror.ErrNotExist" for both os.ErrNotExist and
	// fs.ErrNotExist): sentinels with the same Value are the same error.
	Value string
}

// platforms are the build contexts a sentinel's declaration must be part
// of, so that the table holds nothing that exists on one system only.
var platforms = [][2]string{{"linux", "amd64"}, {"darwin", "arm64"}, {"windows", "amd64"}}

// Scan reads the standard library under goroot and returns its exported
// error values, sorted by message, then import path, then name.
func Scan(goroot string) ([]Sentinel, error) {
	s := &scanner{src: filepath.Join(goroot, "src"), pkgs: make(map[string]*pkg)}
	var out, hidden []Sentinel
	err := filepath.WalkDir(s.src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(s.src, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == "." {
			return nil
		}
		for _, elem := range strings.Split(rel, "/") {
			if elem == "cmd" || elem == "vendor" || elem == "internal" || elem == "testdata" || elem == "builtin" {
				return filepath.SkipDir
			}
		}
		p, err := s.load(rel)
		if err != nil {
			return err
		}
		for _, name := range p.varNames {
			v := p.vars[name]
			if !v.everywhere || v.deprecated {
				continue
			}
			val, ok := s.resolveVar(p, name, 0)
			switch {
			case !ok:
			case ast.IsExported(name):
				out = append(out, Sentinel{Path: rel, Name: name, Message: val.msg, Value: val.id})
			default:
				hidden = append(hidden, Sentinel{Path: rel, Name: name, Message: val.msg, Value: val.id})
			}
		}
		out = append(out, p.constTypes(rel)...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	errnos, err := s.errnos()
	if err != nil {
		return nil, err
	}
	out = append(out, errnos...)
	out = append(out, sharing(out, hidden)...)
	slices.SortFunc(out, func(a, b Sentinel) int {
		return cmp.Or(strings.Compare(a.Message, b.Message), strings.Compare(a.Path, b.Path), strings.Compare(a.Name, b.Name))
	})
	return out, nil
}

// sharing returns the unexported errors of hidden whose message is also an
// exported error's, and which are not that error: net's dial timeout
// (errTimeout) says "i/o timeout" as os.ErrDeadlineExceeded does, so
// errors.Is with the exported one is not the test a match of the text
// makes. They enter the table only to mark such a text as shared.
func sharing(exported, hidden []Sentinel) []Sentinel {
	values := make(map[string]map[string]bool) // message -> values of exported errors
	for _, e := range exported {
		if values[e.Message] == nil {
			values[e.Message] = make(map[string]bool)
		}
		values[e.Message][e.Value] = true
	}
	var out []Sentinel
	for _, h := range hidden {
		if vs := values[h.Message]; vs != nil && !vs[h.Value] {
			out = append(out, h)
			vs[h.Value] = true
		}
	}
	return out
}

// Version returns the Go release of the tree at goroot ("go1.26"), from its
// VERSION file.
func Version(goroot string) (string, error) {
	b, err := os.ReadFile(filepath.Join(goroot, "VERSION"))
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return Release(line), nil
}

// Release shortens a Go version ("go1.26.8", "go1.27rc1") to its release
// ("go1.26", "go1.27").
func Release(version string) string {
	rest, ok := strings.CutPrefix(version, "go1.")
	if !ok {
		return version
	}
	end := 0
	for end < len(rest) && '0' <= rest[end] && rest[end] <= '9' {
		end++
	}
	return "go1." + rest[:end]
}

type scanner struct {
	src  string
	pkgs map[string]*pkg
}

type pkg struct {
	path     string
	name     string
	varNames []string // in source order
	vars     map[string]*varDecl
	funcs    map[string]*ast.FuncDecl
	types    map[string]*ast.TypeSpec
	// typesEverywhere: the types declared in a file built on every
	// platform.
	typesEverywhere map[string]bool
	methods         map[string]*ast.FuncDecl // "Type.Method"
	imports         map[*ast.File]map[string]string
	fileOf          map[ast.Node]*ast.File
}

type varDecl struct {
	value      ast.Expr // nil when declared without one
	file       *ast.File
	everywhere bool // declared in a file built on every platform
	deprecated bool
}

type value struct{ msg, id string }

var linux = func() build.Context {
	c := build.Default
	c.GOOS, c.GOARCH, c.CgoEnabled = "linux", "amd64", true
	return c
}()

// load parses the non-test files of the package at import path path that
// are part of a linux/amd64 build.
func (s *scanner) load(path string) (*pkg, error) {
	if p, ok := s.pkgs[path]; ok {
		return p, nil
	}
	dir := filepath.Join(s.src, filepath.FromSlash(path))
	if _, err := os.Stat(dir); err != nil {
		dir = filepath.Join(s.src, "vendor", filepath.FromSlash(path))
	}
	p := &pkg{
		path:    path,
		vars:    make(map[string]*varDecl),
		funcs:   make(map[string]*ast.FuncDecl),
		types:   make(map[string]*ast.TypeSpec),
		methods: make(map[string]*ast.FuncDecl),

		typesEverywhere: make(map[string]bool),
		imports:         make(map[*ast.File]map[string]string),
		fileOf:          make(map[ast.Node]*ast.File),
	}
	s.pkgs[path] = p
	entries, err := os.ReadDir(dir)
	if err != nil {
		return p, nil // not a package (or not one we can read): nothing resolves in it
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := linux.MatchFile(dir, name); err != nil || !ok {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "main" || strings.HasSuffix(f.Name.Name, "_test") {
			continue
		}
		p.name = f.Name.Name
		everywhere := true
		for _, pl := range platforms[1:] {
			c := build.Default
			c.GOOS, c.GOARCH, c.CgoEnabled = pl[0], pl[1], true
			if ok, err := c.MatchFile(dir, name); err != nil || !ok {
				everywhere = false
			}
		}
		p.addFile(f, everywhere)
	}
	return p, nil
}

func (p *pkg) addFile(f *ast.File, everywhere bool) {
	imports := make(map[string]string)
	for _, spec := range f.Imports {
		if name, path, ok := astutil.ImportedAs(spec); ok {
			imports[name] = path
		}
	}
	p.imports[f] = imports
	for _, decl := range f.Decls {
		switch decl := decl.(type) {
		case *ast.FuncDecl:
			p.fileOf[decl] = f
			if decl.Recv == nil {
				p.funcs[decl.Name.Name] = decl
			} else if recv := recvTypeName(decl.Recv); recv != "" {
				p.methods[recv+"."+decl.Name.Name] = decl
			}
		case *ast.GenDecl:
			for _, spec := range decl.Specs {
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					p.types[spec.Name.Name] = spec
					p.typesEverywhere[spec.Name.Name] = everywhere
				case *ast.ValueSpec:
					if decl.Tok != token.VAR {
						continue
					}
					deprecated := isDeprecated(spec.Doc) || len(decl.Specs) == 1 && isDeprecated(decl.Doc)
					for i, name := range spec.Names {
						v := &varDecl{file: f, everywhere: everywhere, deprecated: deprecated}
						if len(spec.Values) == len(spec.Names) {
							v.value = spec.Values[i]
						}
						if _, seen := p.vars[name.Name]; !seen {
							p.varNames = append(p.varNames, name.Name)
						}
						p.vars[name.Name] = v
					}
				}
			}
		}
	}
}

func isDeprecated(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	text := doc.Text()
	return strings.HasPrefix(text, "Deprecated: ") || strings.Contains(text, "\nDeprecated: ")
}

func recvTypeName(recv *ast.FieldList) string {
	if len(recv.List) != 1 {
		return ""
	}
	t := recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// constTypes returns the exported struct types of p whose Error method,
// on a pointer receiver, returns a constant: every value has that message
// (net/http's *MaxBytesError: "http: request body too large"), so a text
// match of it is what errors.As with the type tests, when the message
// starts with the package's name. Their Name is
// "*Type" and their Value "path.*Type".
func (p *pkg) constTypes(path string) []Sentinel {
	var out []Sentinel
	for _, name := range slices.Sorted(maps.Keys(p.types)) {
		spec := p.types[name]
		if _, ok := spec.Type.(*ast.StructType); !ok || !ast.IsExported(name) || !p.typesEverywhere[name] || spec.TypeParams != nil {
			continue
		}
		method := p.methods[name+".Error"]
		result := singleReturn(method)
		if result == nil || isDeprecated(spec.Doc) {
			continue
		}
		if _, ptr := method.Recv.List[0].Type.(*ast.StarExpr); !ptr {
			continue
		}
		// Only a message that names its package ("http: ...") points at
		// the type: debug/pe's *FormatError says "unknown error".
		if msg, ok := stringLit(result); ok && strings.HasPrefix(msg, p.name+": ") {
			out = append(out, Sentinel{Path: path, Name: "*" + name, Message: msg, Value: path + ".*" + name})
		}
	}
	return out
}
