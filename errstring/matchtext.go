package errstring

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// Rule errstring/match-text: err.Error() matched against text.

var matchTextNodes = []ast.Node{
	(*ast.CallExpr)(nil),
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
}

// Rule errstring/match-foreign-text: the same where nothing in the code
// offers a sentinel or an error type to test instead.

func (c *checker) checkMatchText(pass *analysis.Pass, n ast.Node, stack []ast.Node) {
	c.matchText(pass, n, stack, true)
}

func (c *checker) checkMatchForeign(pass *analysis.Pass, n ast.Node, stack []ast.Node) {
	c.matchText(pass, n, stack, false)
}

// matchText reports the matches of error text for which the code offers
// an identity to test (known) or offers none (!known).
func (c *checker) matchText(pass *analysis.Pass, n ast.Node, stack []ast.Node, known bool) {
	switch n := n.(type) {
	case *ast.CallExpr:
		if fn := c.callee(n); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "strings" {
			switch fn.Name() {
			case "Contains", "HasPrefix", "HasSuffix", "EqualFold":
				c.checkStringsMatch(pass, n, fn.Name(), stack, known)
			}
		}
	case *ast.BinaryExpr:
		c.checkComparison(pass, n, stack, known)
	case *ast.SwitchStmt:
		c.checkSwitch(pass, n, stack, known)
	}
}

// identityFor returns what the code offers to test instead of matching
// the text msg of the error x: one error of the standard library with
// that message (handled by the callers) or an exported sentinel of an
// imported package with that message (named). ok is false when there is
// none: the text comes from elsewhere (a server, a driver, a program's
// output). The package's own sentinel is evidence only where the matched
// error may carry it (a function of the package returns it): API clients
// match a server's text to return their own sentinel of the same message
// (hashicorp/go-tfe), while mark3labs/mcp-go matched the text of the
// sentinel its own GetAuthorizationHeader returns, and fixed it with
// errors.Is.
//
// Nor is a text that several errors share (os.ErrInvalid and
// syscall.EINVAL), or, for a substring match, a message that is part of
// another ("EOF" of "unexpected EOF"): errors.Is with one of them is not
// the same test. The text of a syscall.Errno is evidence: maintainers of
// cloudnativelabs/kube-router and twmb/franz-go replaced such matches
// ("no such process", "connection reset by peer") by errors.Is.
func (c *checker) identityFor(x ast.Expr, msg string, substring bool, stack []ast.Node) (name string, ok bool) {
	if all, _, one := c.sentinelsOf(msg); len(all) > 0 {
		return "", one && !(substring && partOfAnother(msg)) && !c.testedFirst(stack, x, all)
	}
	var sentinel string
	if c.ids != nil {
		sentinel, ok = c.ids.messages[msg]
	}
	if !ok {
		sentinel, ok = c.depSentinels()[msg]
		if ok && substring {
			ok = !c.partOfOther(msg) // "EOF" of "unexpected EOF"
		}
	}
	if !ok && c.ids != nil {
		sentinel, ok = c.ownSentinel(x, msg)
	}
	if !ok || c.translates(stack, sentinel) {
		return "", false
	}
	return "the text is the message of " + sentinel + ": use errors.Is(" + c.describe(x) + ", " + sentinel + ")", true
}

// translates reports whether the match on top of stack is (part of) the
// condition of an if whose body returns the sentinel named (pkg.ErrX, or
// ErrX of this package): the code turns a foreign error whose text it
// knows into its own sentinel of the same message, so the error matched is
// not that sentinel (API clients matching a server's text, as
// hashicorp/go-tfe does; micro/go-micro's postgres model returns
// model.ErrDuplicateKey for a driver's "duplicate key" text). Left to
// errstring/match-foreign-text.
func (c *checker) translates(stack []ast.Node, sentinel string) bool {
	var ifs *ast.IfStmt
	for i := len(stack) - 2; i >= 0 && ifs == nil; i-- {
		if n, ok := stack[i].(*ast.IfStmt); ok {
			if stack[i+1] != n.Cond {
				return false
			}
			ifs = n
		}
	}
	if ifs == nil {
		return false
	}
	names := func(r ast.Expr) bool {
		v, ok := c.pass.TypesInfo.Uses[astutil.NameIdent(r)].(*types.Var)
		return ok && v.Pkg() != nil && (v.Name() == sentinel || v.Pkg().Name()+"."+v.Name() == sentinel)
	}
	for _, st := range ifs.Body.List {
		if ret, ok := st.(*ast.ReturnStmt); ok && slices.ContainsFunc(ret.Results, names) {
			return true
		}
	}
	return false
}

// ownSentinel returns the name of this package's sentinel whose message is
// msg, when the error x may carry it.
func (c *checker) ownSentinel(x ast.Expr, msg string) (string, bool) {
	v := c.ids.ownMessages[msg]
	if v == nil || !slices.Contains(c.ids.of(x), objKey(v)) {
		return "", false
	}
	return v.Name(), true
}

// partOfAnother reports whether msg is part of the message of another
// error of the standard library.
func partOfAnother(msg string) bool {
	for m := range sentinelTable {
		if m != msg && strings.Contains(m, msg) {
			return true
		}
	}
	return false
}

// matchAdvice returns the advice of the rule's message for a text whose
// sentinels are all (use, if ok, in a fix).
func (c *checker) matchAdvice(all []sentinel, use sentinel, ok bool, x ast.Expr) string {
	switch {
	case ok && use.isType():
		return "the text is the message of every " + use.String() + ": use errors.As with a " + use.String() + " target"
	case ok:
		return "the text is the message of " + use.String() + ": use errors.Is(" + c.describe(x) + ", " + use.String() + ")"
	case len(all) > 0:
		names := make([]string, len(all))
		for i, s := range all {
			names[i] = s.String()
			if s.hidden() {
				names[i] = "an unexported error of " + s.path
			}
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
	if fn := c.callee(call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "strings" && len(call.Args) == 1 {
		switch fn.Name() {
		case "ToLower", "ToUpper", "TrimSpace":
			return c.errorTextOperand(call.Args[0])
		}
	}
	return nil, false
}

func (c *checker) checkComparison(pass *analysis.Pass, b *ast.BinaryExpr, stack []ast.Node, known bool) {
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
	advice, ok := c.identityFor(errExpr, msg, false, stack)
	if ok != known {
		return
	}
	all, use, fixable := c.sentinelsOf(msg)
	if advice == "" {
		advice = c.matchAdvice(all, use, fixable, errExpr)
	}
	d := analysis.Diagnostic{Pos: b.Pos(), End: b.End(), Message: matchWhy + advice}
	// No fix for a syscall.Errno: its message is the platform's, so the
	// text test and errors.Is differ off Linux.
	if call, ok := ast.Unparen(x).(*ast.CallExpr); fixable && !use.isType() && use.path != "syscall" && ok {
		if _, plain := c.errorCall(call); plain {
			if edits := c.isFix(b, errExpr, use, b.Op == token.NEQ); edits != nil {
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use errors.Is(" + c.describe(errExpr) + ", " + use.String() + ")", TextEdits: edits}}
			}
		}
	}
	pass.Report(d)
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

func (c *checker) checkStringsMatch(pass *analysis.Pass, call *ast.CallExpr, name string, stack []ast.Node, known bool) {
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
	if m, wrapped := strings.CutPrefix(msg, ": "); wrapped && name != "HasPrefix" && len(sentinelTable[m]) > 0 {
		// ": " and a message is how a wrapped error's text ends
		// (influxdata/telegraf: ": use of closed network connection").
		msg = m
	}
	// No fix: a substring (or a case-folded match) is not the same test as
	// errors.Is. The sentinel is named when the text is its message, or,
	// by the strict rule, part of the message of exactly one error ("no
	// space left" of syscall.ENOSPC's "no space left on device").
	all, use, ok := c.sentinelsOf(msg)
	if len(all) == 0 && name == "Contains" {
		if s, found := sentinelContaining(msg); found {
			// Part of one message is not that error's test: a driver's
			// "Table already exists" and a broker's "topic does not
			// exist" contain os.ErrExist's and os.ErrNotExist's words
			// (segmentio/ctlstore, segmentio/topicctl).
			if !known {
				use := fmt.Sprintf("errors.Is(%s, %s)", c.describe(errExpr), s)
				if s.isType() {
					use = "errors.As with a " + s.String() + " target"
				}
				pass.Reportf(call.Pos(), "%sthe text is part of the message of %s: use %s", matchWhy, s, use)
			}
			return
		}
	}
	if _, exact := c.depSentinels()[msg]; len(all) == 0 && name == "Contains" && !exact {
		// Part of the message of one sentinel of another module the
		// package imports: that package's own words, usually behind its
		// prefix ("listener closed" of cmux's "mux: listener closed").
		if s, found := c.depContaining(msg); found {
			if known {
				pass.Reportf(call.Pos(), "%sthe text is part of the message of %s: use errors.Is(%s, %s)", matchWhy, s, c.describe(errExpr), s)
			}
			return
		}
	}
	advice, has := c.identityFor(errExpr, msg, name != "EqualFold", stack)
	if has != known {
		return
	}
	if advice == "" {
		advice = c.matchAdvice(all, use, ok, errExpr)
	}
	pass.Reportf(call.Pos(), "%s%s", matchWhy, advice)
}

func (c *checker) checkSwitch(pass *analysis.Pass, sw *ast.SwitchStmt, stack []ast.Node, want bool) {
	if sw.Tag == nil {
		return
	}
	errExpr, ok := c.errorTextOperand(sw.Tag)
	if !ok {
		return
	}
	// Name the sentinels whose messages are among the cases.
	var known []string
	has := false
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
				if _, ok := c.identityFor(errExpr, msg, false, stack); ok {
					has = true
				}
			}
		}
	}
	if has != want {
		return
	}
	advice := "switch on errors.Is and errors.As instead"
	if len(known) > 0 {
		advice = "switch on errors.Is (here with " + strings.Join(known, ", ") + ") and errors.As instead"
	}
	pass.Reportf(sw.Tag.Pos(), "%s%s", matchWhy, advice)
}
