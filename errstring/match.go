package errstring

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Rule 4: matching an error's text.

// A sentinel is one exported error of the standard library (see
// sentinels_table.go, written by go generate).
type sentinel struct {
	path  string // import path
	name  string // exported name
	value string // sentinels with the same value are the same error
}

func (s sentinel) String() string {
	return s.path[strings.LastIndex(s.path, "/")+1:] + "." + s.name
}

// sentinelsOf returns the standard library's errors whose message is
// exactly msg, and the one to use in a fix (ok false when there is none,
// or several distinct errors share msg, or it is a platform's Errno).
func (c *checker) sentinelsOf(msg string) (all []sentinel, use sentinel, ok bool) {
	all = sentinelTable[msg]
	if len(all) == 0 {
		return nil, sentinel{}, false
	}
	for _, s := range all {
		if s.value != all[0].value || s.path == "syscall" {
			return all, sentinel{}, false
		}
	}
	// The same error under several names: the one the file imports, else
	// the shortest import path.
	use = all[0]
	for _, s := range all {
		if name, _ := c.importName(s.path); name != "" {
			return all, s, true
		}
		if len(s.path) < len(use.path) {
			use = s
		}
	}
	return all, use, true
}

// matchAdvice returns the advice of rule 4's message for a text whose
// sentinels are all (use, if ok, in a fix).
func (c *checker) matchAdvice(all []sentinel, use sentinel, ok bool, x ast.Expr) string {
	switch {
	case ok:
		return "the text is the message of " + use.String() + ": use errors.Is(" + c.describe(x) + ", " + use.String() + ")"
	case len(all) > 0:
		names := make([]string, len(all))
		for i, s := range all {
			names[i] = s.String()
		}
		return "the text is the message of " + strings.Join(names, " and ") + ": use errors.Is with the one meant"
	}
	return "use errors.Is with a sentinel error or errors.As with an error type"
}

const matchWhy = "error matched by its text: messages change without notice and wrapping breaks the match; "

// errorTextOperand returns x if e is x.Error(), possibly lower- or
// upper-cased or trimmed with the strings package.
func (c *checker) errorTextOperand(e ast.Expr) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	if x, ok := c.errorCall(call); ok {
		return x, true
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if ok && fn.Pkg() != nil && fn.Pkg().Path() == "strings" && len(call.Args) == 1 {
		switch fn.Name() {
		case "ToLower", "ToUpper", "TrimSpace":
			return c.errorTextOperand(call.Args[0])
		}
	}
	return nil, false
}

func (c *checker) checkComparison(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	x, lit := b.X, b.Y
	msg, ok := c.constString(lit)
	if !ok {
		x, lit = b.Y, b.X
		msg, ok = c.constString(lit)
	}
	if !ok || msg == "" {
		return
	}
	errExpr, ok := c.errorTextOperand(x)
	if !ok {
		return
	}
	all, use, fixable := c.sentinelsOf(msg)
	d := analysis.Diagnostic{Pos: b.Pos(), End: b.End(), Message: matchWhy + c.matchAdvice(all, use, fixable, errExpr)}
	if call, ok := ast.Unparen(x).(*ast.CallExpr); fixable && ok {
		if _, plain := c.errorCall(call); plain {
			if edits := c.isFix(b, errExpr, use, b.Op == token.NEQ); edits != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use errors.Is(" + c.describe(errExpr) + ", " + use.String() + ")", TextEdits: edits}}
			}
		}
	}
	c.pass.Report(d)
}

// isFix returns the edits replacing n by errors.Is(x, s) (negated if not),
// adding the imports it needs; nil when x is not of interface type (then
// errors.Is compares x with == and could never match) or a name is taken.
func (c *checker) isFix(n ast.Node, x ast.Expr, s sentinel, not bool) []analysis.TextEdit {
	t := c.pass.TypesInfo.TypeOf(x)
	if t == nil || !types.IsInterface(t) || !c.atLeast(13) {
		return nil
	}
	xText := c.text(x)
	if xText == "" {
		return nil
	}
	errorsName, edits, ok := c.useImport("errors", n.Pos())
	if !ok {
		return nil
	}
	pkgName, more, ok := c.useImport(s.path, n.Pos())
	if !ok {
		return nil
	}
	edits = append(edits, more...)
	text := errorsName + ".Is(" + xText + ", " + pkgName + "." + s.name + ")"
	if not {
		text = "!" + text
	}
	return append(edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
}

func (c *checker) checkStringsMatch(call *ast.CallExpr, name string) {
	if len(call.Args) != 2 {
		return
	}
	x, lit := call.Args[0], call.Args[1]
	if name == "EqualFold" {
		if _, ok := c.constString(lit); !ok {
			x, lit = lit, x
		}
	}
	msg, ok := c.constString(lit)
	if !ok || msg == "" {
		return
	}
	errExpr, ok := c.errorTextOperand(x)
	if !ok {
		return
	}
	// No fix: a substring (or a case-folded match) is not the same test as
	// errors.Is. The sentinel is named when the text is its message, or
	// part of the message of exactly one error ("no space left" of
	// syscall.ENOSPC's "no space left on device").
	all, use, ok := c.sentinelsOf(msg)
	if len(all) == 0 && name == "Contains" {
		if s, found := sentinelContaining(msg); found {
			c.pass.Reportf(call.Pos(), "%sthe text is part of the message of %s: use errors.Is(%s, %s)", matchWhy, s, c.describe(errExpr), s)
			return
		}
	}
	c.pass.Reportf(call.Pos(), "%s%s", matchWhy, c.matchAdvice(all, use, ok, errExpr))
}

// shorter orders the names of one error: shortest import path first, then
// by path and name, so that the choice does not depend on map order.
func shorter(a, b sentinel) bool {
	if len(a.path) != len(b.path) {
		return len(a.path) < len(b.path)
	}
	return a.path+"."+a.name < b.path+"."+b.name
}

// minPart is the shortest text sentinelContaining looks up: shorter ones
// ("not found", "timeout") are part of too many messages to point at one.
const minPart = 12

// sentinelContaining returns the one error of the standard library whose
// message contains part, if there is exactly one (several names of the
// same value count once).
func sentinelContaining(part string) (sentinel, bool) {
	if len(part) < minPart {
		return sentinel{}, false
	}
	var found sentinel
	for msg, list := range sentinelTable {
		if !strings.Contains(msg, part) {
			continue
		}
		for _, s := range list {
			if found.value != "" && found.value != s.value {
				return sentinel{}, false
			}
			if found.value == "" || shorter(s, found) {
				found = s
			}
		}
	}
	return found, found.value != ""
}

func (c *checker) checkSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	if _, ok := c.errorTextOperand(sw.Tag); !ok {
		return
	}
	// Name the sentinels whose messages are among the cases.
	var known []string
	for _, stmt := range sw.Body.List {
		cc, ok := stmt.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			if msg, ok := c.constString(e); ok {
				if _, use, ok := c.sentinelsOf(msg); ok {
					known = append(known, use.String())
				}
			}
		}
	}
	advice := "switch on errors.Is and errors.As instead"
	if len(known) > 0 {
		advice = "switch on errors.Is (here with " + strings.Join(known, ", ") + ") and errors.As instead"
	}
	c.pass.Reportf(sw.Tag.Pos(), "%s%s", matchWhy, advice)
}
