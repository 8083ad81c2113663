package errcheckcb

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// needsNoReason reports whether a blank may drop call's error without a
// comment. Either the unchecked-results rule would not report the call as
// a statement (its exclusions and -exclude options, never-failing
// functions of the module, deadlines, text output to an interface, cleanup
// on an error path or in a deferred function), or the error cannot occur
// given the call as written.
func (b *blankChecker) needsNoReason(call *ast.CallExpr, fn *types.Func, stack []ast.Node) bool {
	info := b.pass.TypesInfo
	b.loadExcludes()
	if isExcludedCall(info, call, fn, b.excludes) || isDeadlineCall(fn) || isTextOutputToInterface(info, call, fn) {
		return true
	}
	if static := typeutil.StaticCallee(info, call); static != nil {
		static = static.Origin()
		if static.Pkg() != b.pass.Pkg && nofailCallee(b.pass, static, nil, b.module) {
			return true
		}
		// This package's exported never-failing functions: the
		// unchecked-results rule, which runs first, has exported their
		// facts already.
		var fact neverFails
		if static.Pkg() == b.pass.Pkg && b.pass.ImportObjectFact(static, &fact) {
			return true
		}
	}
	if isCleanupCall(fn) && (onErrorPath(info, stack) || !optDeferClose && blankInDeferredFunc(stack)) {
		return true
	}
	full := fn.Origin().FullName()
	if blankCannotFail[full] {
		return true
	}
	if i, ok := blankLevelArg[full]; ok && i < len(call.Args) {
		// Compression levels: the only error is an invalid level.
		if v := info.Types[call.Args[i]].Value; v != nil {
			if l, exact := constant.Int64Val(constant.ToInt(v)); exact && l >= -2 && l <= 9 {
				return true
			}
		}
	}
	if blankConstDecides(info, fn, call) {
		return true
	}
	if lens, ok := blankKeyLens[strings.TrimPrefix(full, "vendor/")]; ok && len(call.Args) >= len(lens) {
		// Key and nonce lengths are the only failures; here they are fixed
		// by the arguments' types or slice bounds.
		fixed := true
		for i, valid := range lens {
			n, ok := blankStaticLen(info, call.Args[i])
			fixed = fixed && ok && slices.Contains(valid, n)
		}
		if fixed {
			return true
		}
	}
	switch full {
	case "encoding/json.Marshal", "encoding/json.MarshalIndent":
		// A value of a type made of booleans, integers, strings, bytes and
		// times, in structs, pointers, slices, arrays and string- or
		// integer-keyed maps, always encodes.
		return len(call.Args) >= 1 && blankJSONSafe(info.TypeOf(call.Args[0]), nil)
	case "go/types.Instantiate":
		// "If validate is not set, Instantiate ... is guaranteed to not
		// return an error."
		if len(call.Args) == 4 {
			v := info.Types[call.Args[3]].Value
			return v != nil && v.Kind() == constant.Bool && !constant.BoolVal(v)
		}
	case "strconv.Unquote":
		// The Value of a parsed *ast.BasicLit is a valid Go literal.
		if len(call.Args) == 1 {
			if sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr); ok && sel.Sel.Name == "Value" {
				return types.TypeString(info.TypeOf(sel.X), nil) == "*go/ast.BasicLit"
			}
		}
	case "(*bufio.Reader).Peek":
		// Peeking at what is already buffered cannot fail.
		return len(call.Args) == 1 && (b.isBuffered(call, call.Args[0]) || b.bufferedGuard(call, stack))
	case "io.Copy", "io.CopyN", "io.CopyBuffer":
		return len(call.Args) >= 2 && blankInMemory(info.TypeOf(call.Args[0]), true) && blankInMemory(info.TypeOf(call.Args[1]), false)
	case "io.ReadAll":
		return len(call.Args) == 1 && blankInMemory(info.TypeOf(call.Args[0]), false)
	}
	return false
}

// blankCannotFail are calls whose error result never reports a failure:
// error constructors return the error they build, and reads from memory
// fail only with io.EOF at the end of the data.
var blankCannotFail = setOf(`
	errors.New errors.Join errors.Unwrap fmt.Errorf
	(*bytes.Reader).Read (*bytes.Reader).ReadAt (*bytes.Reader).ReadByte (*bytes.Reader).ReadRune
	(*strings.Reader).Read (*strings.Reader).ReadAt (*strings.Reader).ReadByte (*strings.Reader).ReadRune
	(*bytes.Buffer).Read (*bytes.Buffer).ReadByte (*bytes.Buffer).ReadRune (*bytes.Buffer).ReadBytes (*bytes.Buffer).ReadString
`)

// blankLevelArg are the compression constructors whose only error is an
// invalid level, with the index of the level argument.
var blankLevelArg = map[string]int{
	"compress/flate.NewWriter":         1,
	"compress/flate.NewWriterDict":     1,
	"compress/gzip.NewWriterLevel":     1,
	"compress/zlib.NewWriterLevel":     1,
	"compress/zlib.NewWriterLevelDict": 1,
}

// blankConstArgs are calls whose only error is a malformed or unknown
// argument, with the indices of the arguments that decide it (nil: all of
// them). With those arguments constants, the reader can see at the call
// that it does not fail: pure parsers of a literal, and flag registries
// asked about a flag by its literal name (pflag and cobra report only an
// unknown name or a wrong type, and the flag is defined beside the call).
var blankConstArgs = map[string][]int{}

func init() {
	for _, f := range strings.Fields(`
		strconv.Atoi strconv.ParseInt strconv.ParseUint strconv.ParseFloat strconv.ParseBool
		strconv.ParseComplex strconv.Unquote strconv.UnquoteChar strconv.QuotedPrefix
		time.Parse time.ParseDuration
		net/url.Parse net/url.ParseRequestURI net/url.ParseQuery net/url.PathUnescape net/url.QueryUnescape
		net/netip.ParseAddr net/netip.ParsePrefix net/netip.ParseAddrPort
		net.ParseCIDR net.ParseMAC net.SplitHostPort
		regexp.Compile regexp.CompilePOSIX
		encoding/hex.DecodeString (*encoding/base64.Encoding).DecodeString (*encoding/base32.Encoding).DecodeString
		path.Match path/filepath.Match mime.ParseMediaType
		(*strings.Reader).Seek (*bytes.Reader).Seek
		(*github.com/spf13/pflag.FlagSet).Set`) {
		blankConstArgs[f] = nil
	}
	first := []int{0}
	blankConstArgs["regexp.MatchString"] = first
	blankConstArgs["regexp.Match"] = first
	const pflag, cobra = "(*github.com/spf13/pflag.FlagSet).", "(*github.com/spf13/cobra.Command)."
	for _, m := range strings.Fields(`
		MarkDeprecated MarkHidden MarkShorthandDeprecated SetAnnotation
		GetBool GetBoolSlice GetBytesBase64 GetBytesHex GetCount GetDuration GetDurationSlice
		GetFloat32 GetFloat32Slice GetFloat64 GetFloat64Slice GetIP GetIPNet GetIPSlice GetIPv4Mask
		GetInt GetInt16 GetInt32 GetInt32Slice GetInt64 GetInt64Slice GetInt8 GetIntSlice
		GetString GetStringArray GetStringSlice GetStringToInt GetStringToInt64 GetStringToString
		GetUint GetUint16 GetUint32 GetUint64 GetUint8 GetUintSlice`) {
		blankConstArgs[pflag+m] = first
	}
	for _, m := range strings.Fields(`
		MarkFlagRequired MarkPersistentFlagRequired MarkFlagFilename MarkPersistentFlagFilename
		MarkFlagDirname MarkPersistentFlagDirname MarkFlagCustom RegisterFlagCompletionFunc`) {
		blankConstArgs[cobra+m] = first
	}
	blankConstArgs["github.com/spf13/cobra.MarkFlagRequired"] = []int{1}
}

// blankConstDecides reports whether the arguments of call that decide its
// failure are all constants: those listed in blankConstArgs, or, for a
// package-level parser or constructor (Parse..., Compile..., New...,
// Must...: semver.NewConstraint("*"), lru.New(128), glob.Compile("**")),
// every argument. Functions that read files (ParseFiles, ParseGlob,
// ParseFS, NewFileLogger) and the packages that do I/O are left out: a
// constant file name says nothing about the file.
func blankConstDecides(info *types.Info, fn *types.Func, call *ast.CallExpr) bool {
	idx, ok := blankConstArgs[fn.Origin().FullName()]
	if !ok && !blankConstructor(fn) {
		return false
	}
	if idx == nil {
		return blankAllConst(info, call.Args)
	}
	for _, i := range idx {
		if i >= len(call.Args) || info.Types[call.Args[i]].Value == nil {
			return false
		}
	}
	return true
}

func blankAllConst(info *types.Info, args []ast.Expr) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if info.Types[a].Value == nil {
			return false
		}
	}
	return true
}

// blankInMemory reports whether t is an in-memory writer (dst) or reader
// (!dst), whose reads and writes cannot fail.
func blankInMemory(t types.Type, dst bool) bool {
	if t == nil {
		return false
	}
	switch types.TypeString(t, nil) {
	case "*bytes.Buffer":
		return true
	case "*strings.Builder":
		return dst
	case "*bytes.Reader", "*strings.Reader":
		return !dst
	}
	return false
}

// blankInDeferredFunc reports whether the innermost function on stack is a
// function literal called by a defer statement: defer func() { _ = f.Close() }().
func blankInDeferredFunc(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 2; i-- {
		lit, ok := stack[i].(*ast.FuncLit)
		if !ok {
			continue
		}
		call, ok := stack[i-1].(*ast.CallExpr)
		if !ok || ast.Unparen(call.Fun) != lit {
			return false
		}
		_, ok = stack[i-2].(*ast.DeferStmt)
		return ok
	}
	return false
}

// isBuffered reports whether arg, the argument of r.Peek, is r.Buffered(),
// or a variable defined as r.Buffered() (n := r.Buffered(); ... r.Peek(n)).
func (b *blankChecker) isBuffered(peek *ast.CallExpr, arg ast.Expr) bool {
	sel, ok := ast.Unparen(peek.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	info := b.pass.TypesInfo
	arg = ast.Unparen(arg)
	if id, ok := arg.(*ast.Ident); ok {
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.Pkg() != b.pass.Pkg {
			return false
		}
		// The definition: n := r.Buffered(), found by its position.
		def, ok := b.inspect.Root().FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
		if !ok {
			return false
		}
		as, ok := def.Parent().Node().(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Lhs[0] != def.Node() {
			return false
		}
		arg = ast.Unparen(as.Rhs[0])
	}
	call, ok := arg.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	bsel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || bsel.Sel.Name != "Buffered" {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.FullName() == "(*bufio.Reader).Buffered" && types.ExprString(bsel.X) == types.ExprString(sel.X)
}

// blankConstructor reports whether fn is a package-level parser or
// constructor that does no I/O, by its name and package.
func blankConstructor(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() != nil || fn.Pkg() == nil || blankIOPackages[fn.Pkg().Path()] {
		return false
	}
	name := fn.Name()
	for _, word := range [...]string{"File", "Glob", "FS", "Dir", "Path", "Dial", "Open", "Load", "Read"} {
		if strings.Contains(name, word) {
			return false
		}
	}
	for _, prefix := range [...]string{"Parse", "Compile", "New", "Must"} {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

var blankIOPackages = setOf(`
	os io io/ioutil io/fs net net/http net/rpc os/exec os/user os/signal syscall plugin
	database/sql crypto/tls crypto/x509 log/syslog path/filepath
`)

// blankJSONSafe reports whether json.Marshal cannot fail on any value of
// type t: no floats (NaN), interfaces, channels, functions or custom
// marshalers (other than time.Time, which fails only for years outside
// 0-9999), and no recursive types (a cycle fails).
func blankJSONSafe(t types.Type, seen []types.Type) bool {
	if t == nil || len(seen) > 16 {
		return false
	}
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok {
		if obj := n.Obj(); obj.Pkg() != nil && obj.Pkg().Path() == "time" && obj.Name() == "Time" {
			return true
		}
		for _, s := range seen {
			if types.Identical(s, t) {
				return false
			}
		}
		seen = append(seen, t)
		if blankHasMethod(t, "MarshalJSON") || blankHasMethod(t, "MarshalText") {
			return false
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0, u.Info()&types.IsInteger != 0, u.Info()&types.IsString != 0:
			return true
		}
		return false
	case *types.Pointer:
		return blankJSONSafe(u.Elem(), seen)
	case *types.Slice:
		return blankJSONSafe(u.Elem(), seen)
	case *types.Array:
		return blankJSONSafe(u.Elem(), seen)
	case *types.Map:
		k, ok := u.Key().Underlying().(*types.Basic)
		if !ok || k.Info()&(types.IsString|types.IsInteger) == 0 || blankHasMethod(u.Key(), "MarshalText") {
			return false
		}
		return blankJSONSafe(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() && !f.Embedded() {
				continue // not encoded
			}
			if !blankJSONSafe(f.Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

// blankHasMethod reports whether t or *t has a method of that name.
func blankHasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// blankKeyLens are constructors whose only failure is a key (or nonce) of
// the wrong length, with the valid lengths of each leading argument.
var blankKeyLens = map[string][][]int{
	"crypto/aes.NewCipher":                                  {{16, 24, 32}},
	"crypto/des.NewCipher":                                  {{8}},
	"crypto/des.NewTripleDESCipher":                         {{24}},
	"golang.org/x/crypto/chacha20.NewUnauthenticatedCipher": {{32}, {12, 24}},
	"golang.org/x/crypto/chacha20.HChaCha20":                {{32}, {16}},
	"golang.org/x/crypto/chacha20poly1305.New":              {{32}},
	"golang.org/x/crypto/chacha20poly1305.NewX":             {{32}},
	"github.com/minio/highwayhash.New":                      {{32}},
	"github.com/minio/highwayhash.New64":                    {{32}},
	"github.com/minio/highwayhash.New128":                   {{32}},
	"github.com/minio/highwayhash.NewDigest64":              {{32}},
	"github.com/minio/highwayhash.NewDigest128":             {{32}},
}

// blankStaticLen returns the length of e when its type or form fixes it:
// an array, a slice of an array or with constant bounds, a slice literal.
func blankStaticLen(info *types.Info, e ast.Expr) (int, bool) {
	e = ast.Unparen(e)
	arrayLen := func(e ast.Expr) (int, bool) {
		t := info.TypeOf(e)
		if t == nil {
			return 0, false
		}
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if a, ok := t.Underlying().(*types.Array); ok {
			return int(a.Len()), true
		}
		return 0, false
	}
	constInt := func(e ast.Expr) (int, bool) {
		if v := info.Types[e].Value; v != nil {
			if n, exact := constant.Int64Val(constant.ToInt(v)); exact {
				return int(n), true
			}
		}
		return 0, false
	}
	switch e := e.(type) {
	case *ast.SliceExpr:
		low, high := 0, 0
		ok := true
		if e.Low != nil {
			low, ok = constInt(e.Low)
		}
		if !ok {
			return 0, false
		}
		if e.High != nil {
			high, ok = constInt(e.High)
		} else {
			high, ok = arrayLen(e.X)
		}
		if !ok || high < low {
			return 0, false
		}
		return high - low, true
	case *ast.CompositeLit:
		if t := info.TypeOf(e); t == nil {
			return 0, false
		} else if _, ok := t.Underlying().(*types.Slice); ok {
			for _, elt := range e.Elts {
				if _, keyed := elt.(*ast.KeyValueExpr); keyed {
					return 0, false
				}
			}
			return len(e.Elts), true
		}
	}
	return arrayLen(e)
}

// bufferedGuard reports whether a Peek(n) with constant n sits inside
// "if r.Buffered() > m" (or >= m) with m large enough, on the same reader.
func (b *blankChecker) bufferedGuard(peek *ast.CallExpr, stack []ast.Node) bool {
	info := b.pass.TypesInfo
	v := info.Types[peek.Args[0]].Value
	sel, ok := ast.Unparen(peek.Fun).(*ast.SelectorExpr)
	if v == nil || !ok {
		return false
	}
	n, exact := constant.Int64Val(constant.ToInt(v))
	if !exact {
		return false
	}
	for i := len(stack) - 1; i > 0; i-- {
		if _, ok := stack[i].(*ast.FuncLit); ok {
			return false
		}
		ifs, ok := stack[i-1].(*ast.IfStmt)
		if !ok || ifs.Body != stack[i] {
			continue
		}
		cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || (cond.Op != token.GTR && cond.Op != token.GEQ) {
			continue
		}
		call, ok := ast.Unparen(cond.X).(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			continue
		}
		bsel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || types.ExprString(bsel.X) != types.ExprString(sel.X) {
			continue
		}
		if fn, ok := typeutil.Callee(info, call).(*types.Func); !ok || fn.FullName() != "(*bufio.Reader).Buffered" {
			continue
		}
		m := info.Types[cond.Y].Value
		if m == nil {
			continue
		}
		k, exact := constant.Int64Val(constant.ToInt(m))
		if exact && (cond.Op == token.GTR && k >= n-1 || cond.Op == token.GEQ && k >= n) {
			return true
		}
	}
	return false
}
