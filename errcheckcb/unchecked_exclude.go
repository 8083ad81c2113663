package errcheckcb

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"regexp"
	"strings"
)

// uncheckedDefaultExcludes are the calls whose error may go unchecked by
// default, in errcheck's syntax. doc.go gives the reason for each group;
// keep the two in step.
var uncheckedDefaultExcludes = []string{
	// In-memory buffers: documented to always return a nil error (a
	// failure to grow panics instead).
	"(*bytes.Buffer).Write",
	"(*bytes.Buffer).WriteByte",
	"(*bytes.Buffer).WriteRune",
	"(*bytes.Buffer).WriteString",
	"(*strings.Builder).Write",
	"(*strings.Builder).WriteByte",
	"(*strings.Builder).WriteRune",
	"(*strings.Builder).WriteString",
	"io.WriteString(*bytes.Buffer)",
	"io.WriteString(*strings.Builder)",
	"fmt.Fprint(*bytes.Buffer)",
	"fmt.Fprintf(*bytes.Buffer)",
	"fmt.Fprintln(*bytes.Buffer)",
	"fmt.Fprint(*strings.Builder)",
	"fmt.Fprintf(*strings.Builder)",
	"fmt.Fprintln(*strings.Builder)",

	// Hashes: hash.Hash's Write "never returns an error".
	"(hash.Hash).Write",
	"(*hash/maphash.Hash).Write",
	"(*hash/maphash.Hash).WriteByte",
	"(*hash/maphash.Hash).WriteString",
	"(*crypto/sha3.SHA3).Write",
	"(*crypto/sha3.SHAKE).Read",
	"(*crypto/sha3.SHAKE).Write",
	"io.WriteString(hash.Hash)",
	"fmt.Fprint(hash.Hash)",
	"fmt.Fprintf(hash.Hash)",
	"fmt.Fprintln(hash.Hash)",

	// Random bytes: crypto/rand.Read never returns an error since Go 1.24
	// (it crashes the program instead); math/rand's Read always returns nil.
	"crypto/rand.Read",
	"math/rand.Read",
	"(*math/rand.Rand).Read",

	// The standard streams: a program cannot report a failed write to its
	// own output anywhere else, and nobody checks fmt.Println.
	"fmt.Print",
	"fmt.Printf",
	"fmt.Println",
	"fmt.Fprint(os.Stderr)",
	"fmt.Fprintf(os.Stderr)",
	"fmt.Fprintln(os.Stderr)",
	"fmt.Fprint(os.Stdout)",
	"fmt.Fprintf(os.Stdout)",
	"fmt.Fprintln(os.Stdout)",

	// bufio.Writer keeps its first error and returns it from every later
	// call, Flush included: the writes need no check when Flush has one
	// (an unchecked Flush is still reported).
	"(*bufio.Writer).Write",
	"(*bufio.Writer).WriteByte",
	"(*bufio.Writer).WriteRune",
	"(*bufio.Writer).WriteString",
	"io.WriteString(*bufio.Writer)",
	"fmt.Fprint(*bufio.Writer)",
	"fmt.Fprintf(*bufio.Writer)",
	"fmt.Fprintln(*bufio.Writer)",

	// text/tabwriter holds its text until Flush (lines with cells are
	// kept until their column block ends), and writes to a terminal; an
	// unchecked Flush is reported.
	"(*text/tabwriter.Writer).Write",
	"io.WriteString(*text/tabwriter.Writer)",
	"fmt.Fprint(*text/tabwriter.Writer)",
	"fmt.Fprintf(*text/tabwriter.Writer)",
	"fmt.Fprintln(*text/tabwriter.Writer)",

	// flate's decompressor Reset always returns nil, and so does that of
	// its drop-in replacement klauspost/compress.
	"(compress/flate.Resetter).Reset",
	"(github.com/klauspost/compress/flate.Resetter).Reset",

	// Documented to always return nil.
	"(*io.PipeReader).CloseWithError",
	"(*io.PipeWriter).CloseWithError",

	// Its "error" result is the value asked for, not a failure.
	"errors.AsType",

	// Fails only for a name with "=" or NUL in it; on Unix, never.
	"os.Unsetenv",
}

// uncheckedExcludeSyntax is errcheck's syntax for an exclusion: pkg/path.Func,
// (pkg/path.Type).Method or (*pkg/path.Type).Method, each optionally followed
// by the static type (or os.Stdout, os.Stderr) of the first argument in
// parentheses.
var uncheckedExcludeSyntax = regexp.MustCompile(`^(\(\*?[\w.\-/~]+\.\w+\)\.\w+|[\w.\-/~]+\.\w+)(\([\w.\-/~*\[\]]+\))?$`)

// excludeFlag holds the entries of -errcheckcb.exclude.
type excludeFlag struct{ entries []string }

func (e *excludeFlag) String() string {
	if e == nil {
		return ""
	}
	return strings.Join(e.entries, ",")
}

// Set adds the comma-separated entries of s; a repeated flag adds more.
func (e *excludeFlag) Set(s string) error {
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if !uncheckedExcludeSyntax.MatchString(item) {
			return fmt.Errorf("%q is not an exclusion (want pkg/path.Func, (*pkg/path.Type).Method or fmt.Fprintf(os.Stdout))", item)
		}
		e.entries = append(e.entries, item)
	}
	return nil
}

// excludeFileFlag reads -errcheckcb.exclude-file when the flag is set, so
// that a missing or malformed file is one clear error before any package is
// analysed.
type excludeFileFlag struct {
	path string
	list *excludeFlag
}

func (f *excludeFileFlag) String() string {
	if f == nil {
		return ""
	}
	return f.path
}

// Set reads the file at path: one exclusion a line, in errcheck's format;
// blank lines and lines starting with // are skipped, and so is a trailing
// // comment after an entry.
func (f *excludeFileFlag) Set(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f.path = path
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "//"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if !uncheckedExcludeSyntax.MatchString(line) {
			return fmt.Errorf("%s:%d: %q is not an exclusion (want pkg/path.Func, (*pkg/path.Type).Method or fmt.Fprintf(os.Stdout))", path, n, line)
		}
		f.list.entries = append(f.list.entries, line)
	}
	return sc.Err()
}

// uncheckedExclusions returns the set of excluded names: the defaults and
// the options.
func uncheckedExclusions() map[string]bool {
	set := make(map[string]bool, len(uncheckedDefaultExcludes)+len(optExclude.entries))
	for _, s := range uncheckedDefaultExcludes {
		set[s] = true
	}
	for _, s := range optExclude.entries {
		set[s] = true
	}
	return set
}

// isExcludedCall reports whether call matches an exclusion: by the callee's
// full name, by the names of the interfaces the method is reached through
// (hash.Hash32's Write is hash.Hash's), and by either of those with the
// first argument's static type.
func isExcludedCall(info *types.Info, call *ast.CallExpr, fn *types.Func, set map[string]bool) bool {
	var arg0 string
	if len(call.Args) > 0 {
		arg0 = excludeArgName(info, call.Args[0])
	}
	match := func(name string) bool {
		return set[name] || arg0 != "" && set[name+"("+arg0+")"]
	}
	if match(fn.Origin().FullName()) {
		return true
	}
	sel, ok := ast.Unparen(typeparamsBase(call.Fun)).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	selection := info.Selections[sel]
	if selection == nil || selection.Kind() != types.MethodVal {
		return false
	}
	// Walk the embedded fields to the type that provides the method.
	t := selection.Recv()
	index := selection.Index()
	for _, i := range index[:len(index)-1] {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return false
		}
		t = st.Field(i).Type()
	}
	// Then down the embedded interfaces to the one that declares it.
	for range 16 {
		t = types.Unalias(t)
		iface, ok := t.Underlying().(*types.Interface)
		if !ok {
			return false
		}
		if named, ok := t.(*types.Named); ok && match("("+types.TypeString(named, nil)+")."+fn.Name()) {
			return true
		}
		next := types.Type(nil)
		for i := 0; i < iface.NumEmbeddeds(); i++ {
			e := iface.EmbeddedType(i)
			if obj, _, _ := types.LookupFieldOrMethod(e, false, fn.Pkg(), fn.Name()); obj != nil {
				next = e
				break
			}
		}
		if next == nil {
			return false
		}
		t = next
	}
	return false
}

// excludeArgName names an argument as errcheck's exclusions do: os.Stdout
// and os.Stderr by name, anything else by its static type.
func excludeArgName(info *types.Info, e ast.Expr) string {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if v, ok := info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil {
			switch v.Pkg().Path() + "." + v.Name() {
			case "os.Stdout", "os.Stderr", "io.Discard":
				return v.Pkg().Path() + "." + v.Name()
			}
		}
	}
	t := info.TypeOf(e)
	if t == nil {
		return ""
	}
	return types.TypeString(t, nil)
}

// typeparamsBase strips explicit instantiation (f[T]) from a call's Fun.
func typeparamsBase(fun ast.Expr) ast.Expr {
	for {
		switch f := fun.(type) {
		case *ast.IndexExpr:
			fun = f.X
		case *ast.IndexListExpr:
			fun = f.X
		case *ast.ParenExpr:
			fun = f.X
		default:
			return fun
		}
	}
}
