package debugprint

import (
	"go/ast"
	"go/constant"
	"go/types"
	"iter"
	"path"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// userMessage reports whether the text a print writes is meant for the
// user: it starts with the package's name (or its directory's) and a
// colon, the Go convention ("dns: ..."), or with the name in brackets
// ("[dns] ..."); it starts with error:, warning:, fatal: or deprecated, or
// with GODEBUG (the runtime's documented setting); it addresses the reader
// (has the word please or you); or it is a terminal control sequence (it
// starts with ESC).
func userMessage(info *types.Info, pkg *types.Package, call *ast.CallExpr, skip int) bool {
	if len(call.Args) <= skip {
		return false
	}
	arg := call.Args[skip]
	if inner, ok := ast.Unparen(arg).(*ast.CallExpr); ok && len(inner.Args) > 0 {
		if fn, ok := typeutil.Callee(info, inner).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && strings.HasPrefix(fn.Name(), "Sprint") {
			arg = inner.Args[0] // fmt.Fprintln(os.Stderr, fmt.Sprintf("...", ...))
		}
	}
	tv, ok := info.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	text := strings.TrimLeft(constant.StringVal(tv.Value), "\n ")
	if strings.HasPrefix(text, "\x1b") {
		return true // a terminal control sequence: clear the screen, move the cursor
	}
	for w := range letterWords(text) {
		if w = strings.ToLower(w); w == "please" || w == "you" {
			return true // addressed to the reader: "if you do not use this, ignore it"
		}
	}
	if tag, ok := strings.CutPrefix(text, "["); ok {
		name, _, ok := strings.Cut(tag, "]")
		return ok && namesPackage(pkg, name)
	}
	head, _, ok := strings.Cut(text, ":")
	if !ok {
		head = text
	}
	first, _, _ := strings.Cut(head, " ")
	switch lower := strings.ToLower(strings.TrimRight(first, "!.")); { // "WARNING! ...", "Error. ..."
	case ok && head == first && namesPackage(pkg, first):
		return true
	case lower == "error" || lower == "warning" || lower == "warn" || lower == "fatal" || lower == "panic" ||
		lower == "deprecated" || lower == "deprecation":
		return true
	case lower == "godebug":
		return true
	}
	return false
}

// namesPackage reports whether name is, ignoring case, the name of pkg or
// the last element of its path (package mcpTool in directory mcp).
func namesPackage(pkg *types.Package, name string) bool {
	return name != "" && (strings.EqualFold(name, pkg.Name()) || strings.EqualFold(name, path.Base(pkg.Path())))
}

// explained reports whether a comment on the print's line, or alone on the
// line above it, says why it prints: it speaks of the output ("// Note:
// explicitly using Stderr, as Stdout is our HTTP output", "// only warnings:
// show them and go on"). Directives, commented-out code and notes that mark
// debugging (debug, todo, fixme, xxx, hack, temp, remove) are no reason.
func (c *checker) explained(call *ast.CallExpr) bool {
	for _, g := range astutil.AdjacentComments(c.pass.Fset, c.file, call, c.source) {
		if reasonText(g) {
			return true
		}
	}
	return false
}

// debugNotes are the words of a comment that mark a print as debugging.
var debugNotes = map[string]bool{
	"debug": true, "debugging": true, "todo": true, "fixme": true, "xxx": true, "hack": true,
	"temp": true, "temporary": true, "remove": true,
}

// outputNotes are the words of a comment that speak of a print's output.
var outputNotes = map[string]bool{
	"stdout": true, "stderr": true, "print": true, "prints": true, "printing": true, "output": true,
	"console": true, "terminal": true, "screen": true, "user": true, "users": true, "display": true,
	"show": true, "shows": true, "warn": true, "warning": true, "warnings": true, "notify": true,
	"report": true, "reports": true, "progress": true,
}

// reasonText reports whether a comment group reads as a reason: prose that
// speaks of the output, without a debugging note, not a directive or
// commented-out code.
func reasonText(cg *ast.CommentGroup) bool {
	text := astutil.CommentText(cg) // without directives (//go:, //nolint:) and expectations
	if strings.ContainsAny(text, "(){};=") {
		return false // commented-out code
	}
	return speaksOf(text, outputNotes)
}

// speaksOf reports whether text has one of words, ignoring case, and none
// of the debugNotes.
func speaksOf(text string, words map[string]bool) bool {
	speaks := false
	for w := range letterWords(text) {
		w = strings.ToLower(w)
		if debugNotes[w] {
			return false
		}
		speaks = speaks || words[w]
	}
	return speaks
}

// letterWords returns the words of text: its runs of ASCII letters.
func letterWords(text string) iter.Seq[string] {
	return strings.FieldsFuncSeq(text, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') })
}

// hasWord reports whether one of the words of name (split at underscores
// and upper-case letters: dnsDebugLevel, HTTPLog, print_tree) is in words.
func hasWord(name string, words map[string]bool) bool {
	start := 0
	for i := 1; i <= len(name); i++ {
		if i < len(name) && !wordStart(name, i) {
			continue
		}
		if words[strings.ToLower(strings.Trim(name[start:i], "_"))] {
			return true
		}
		start = i
	}
	return false
}

// wordStart reports whether a new word starts at name[i]: "fooBar",
// "HTTPLog", "foo_bar".
func wordStart(name string, i int) bool {
	if name[i] == '_' {
		return true
	}
	if !isUpper(name[i]) {
		return false
	}
	return !isUpper(name[i-1]) || i+1 < len(name) && !isUpper(name[i+1]) && name[i+1] != '_'
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }
