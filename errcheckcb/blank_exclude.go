package errcheckcb

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
	"github.com/extinctlint/extinct/internal/nofail"
)

// needsNoReason reports whether a blank may drop call's error without a
// comment. Either neither unchecked rule would report the call as a
// statement (the exclusions and -exclude options, never-failing functions
// of the module, calls that cannot fail as written), or the error cannot
// occur given the call as written.
func (b *blankChecker) needsNoReason(call *ast.CallExpr, fn *types.Func, stack []ast.Node) bool {
	info := b.pass.TypesInfo
	b.loadExcludes()
	if isExcludedCall(info, call, fn, b.excludes) || isUndoRead(fn) || isHashWrite(info, call, fn) ||
		printsToBuffer(info, call, fn) || isConstSetenv(info, call, fn) {
		return true
	}
	if static := typeutil.StaticCallee(info, call); static != nil && b.neverFails(static) {
		return true
	}
	if w := printDestWrite(info, call, fn); w != nil && b.neverFails(w) {
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
	if nofail.MarshalNeverFails(info, call) {
		// A value of a type made of booleans, integers, strings, bytes and
		// times, in structs, pointers, slices, arrays and string- or
		// integer-keyed maps, always encodes.
		return true
	}
	switch full {
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
var blankCannotFail = astutil.WordSet(`
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

var blankIOPackages = astutil.WordSet(`
	os io io/ioutil io/fs net net/http net/rpc os/exec os/user os/signal syscall plugin
	database/sql crypto/tls crypto/x509 log/syslog path/filepath
`)

// neverFails reports whether fn never fails by a neverFails fact: a
// function of the module with one, or an exported one of this package
// (internal/nofail's HasFact).
func (b *blankChecker) neverFails(fn *types.Func) bool { return b.nofail.HasFact(fn) }
