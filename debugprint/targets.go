package debugprint

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A kind classifies a reported function.
type kind int

const (
	kindBuiltin      kind = iota // print, println: everywhere
	kindStdout                   // fmt.Print*: library code
	kindWriterArg                // fmt.Fprint*, io.WriteString to os.Stdout/os.Stderr: library code
	kindStreamMethod             // (*os.File).Write* on os.Stdout/os.Stderr: library code
	kindPrintStack               // runtime/debug.PrintStack: library code
	kindDump                     // dump helpers of debugging libraries: everywhere
	kindExtra                    // -debugprint.funcs: everywhere
)

// A kindSet is a set of kinds.
type kindSet uint

// kinds returns the set of ks.
func kinds(ks ...kind) kindSet {
	var s kindSet
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

func (s kindSet) has(k kind) bool { return s&(1<<k) != 0 }

// stdTargets are the standard library's functions, by package path.
var stdTargets = map[string]map[string]kind{
	"fmt": {
		"Print": kindStdout, "Printf": kindStdout, "Println": kindStdout,
		"Fprint": kindWriterArg, "Fprintf": kindWriterArg, "Fprintln": kindWriterArg,
	},
	"io":            {"WriteString": kindWriterArg},
	"runtime/debug": {"PrintStack": kindPrintStack},
}

// lookupTargets resolves the reported functions among the packages pass
// imports (and pass itself, for -debugprint.funcs), so that calls are
// matched by object. A function listed twice keeps its first kind.
func lookupTargets(pass *analysis.Pass) map[*types.Func]kind {
	targets := make(map[*types.Func]kind)
	add := func(pkg *types.Package, name string, k kind) {
		if fn := lookupFunc(pkg, name); fn != nil {
			if _, dup := targets[fn]; !dup {
				targets[fn] = k
			}
		}
	}
	pkgs := append([]*types.Package{pass.Pkg}, pass.Pkg.Imports()...)
	for _, pkg := range pkgs {
		path := pkg.Path()
		for name, k := range stdTargets[path] {
			add(pkg, name, k)
		}
		if path == "os" {
			for _, m := range []string{"Write", "WriteString", "WriteAt"} {
				add(pkg, "File."+m, kindStreamMethod)
			}
		}
		for _, name := range dumpTargets[path] {
			add(pkg, name, kindDump)
		}
		for _, f := range extraFuncs {
			if f.pkg == path {
				add(pkg, f.name, kindExtra)
			}
		}
	}
	return targets
}

// lookupFunc finds the package-level function "F" or the method "T.M" of
// pkg, or returns nil.
func lookupFunc(pkg *types.Package, name string) *types.Func {
	typeName, method, isMethod := strings.Cut(name, ".")
	obj := pkg.Scope().Lookup(typeName)
	if obj == nil {
		return nil
	}
	if !isMethod {
		fn, _ := obj.(*types.Func)
		return fn
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return nil
	}
	m, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, method)
	fn, _ := m.(*types.Func)
	return fn
}

// displayName is how a message names fn: fmt.Println, spew.ConfigState.Dump.
func displayName(fn *types.Func) string {
	prefix := ""
	if fn.Pkg() != nil {
		prefix = fn.Pkg().Name() + "."
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if named, ok := t.(*types.Named); ok {
			prefix += named.Obj().Name() + "."
		}
	}
	return prefix + fn.Name()
}

// A funcRef is one entry of -debugprint.funcs.
type funcRef struct{ pkg, name string }

// funcList is the value of -debugprint.funcs.
type funcList []funcRef

func (l *funcList) String() string {
	if l == nil {
		return ""
	}
	var s []string
	for _, f := range *l {
		s = append(s, f.pkg+"."+f.name)
	}
	return strings.Join(s, ",")
}

// Set parses "pkg/path.Func", "pkg/path.Type.Method" and the
// types.Func.FullName form "(*pkg/path.Type).Method", comma-separated.
func (l *funcList) Set(s string) error {
	var list funcList
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		f, err := parseFuncRef(item)
		if err != nil {
			return err
		}
		list = append(list, f)
	}
	*l = list
	return nil
}

func parseFuncRef(s string) (funcRef, error) {
	orig := s
	method := ""
	if strings.HasPrefix(s, "(") {
		recv, m, ok := strings.Cut(s[1:], ").")
		if !ok || m == "" {
			return funcRef{}, fmt.Errorf("%q is not pkg.Func, pkg.Type.Method or (*pkg.Type).Method", orig)
		}
		s, method = strings.TrimPrefix(recv, "*"), m
	}
	slash := strings.LastIndex(s, "/")
	dot := strings.Index(s[slash+1:], ".")
	if dot <= 0 {
		return funcRef{}, fmt.Errorf("%q is not pkg.Func, pkg.Type.Method or (*pkg.Type).Method", orig)
	}
	dot += slash + 1
	ref := funcRef{pkg: s[:dot], name: s[dot+1:]}
	if method != "" {
		ref.name += "." + method
	}
	if ref.name == "" || strings.Count(ref.name, ".") > 1 || strings.HasSuffix(ref.name, ".") {
		return funcRef{}, fmt.Errorf("%q is not pkg.Func, pkg.Type.Method or (*pkg.Type).Method", orig)
	}
	return ref, nil
}

// patternList is the value of -debugprint.allow.
type patternList []string

func (l *patternList) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(*l, ",")
}

// Set parses comma-separated package paths; a trailing "/..." matches the
// path and every package below it.
func (l *patternList) Set(s string) error {
	var list patternList
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			list = append(list, item)
		}
	}
	*l = list
	return nil
}

func (l patternList) match(path string) bool {
	for _, p := range l {
		if p == path || p == "..." {
			return true
		}
		if prefix, ok := strings.CutSuffix(p, "/..."); ok && (path == prefix || strings.HasPrefix(path, prefix+"/")) {
			return true
		}
	}
	return false
}
