package errcheckcb

import (
	"go/ast"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// The comments that give a reason for dropping an error. errcheckcb/unchecked
// wants one that says why (hasReasonComment); errcheckcb/blank and
// errcheckcb/empty-branch take any comment that says something
// (reasonComments).

// hasReasonComment reports whether a comment on the statement's line, or
// alone on the line above, says why its error is dropped: it mentions an
// error, a failure, ignoring or a best effort ("// ignore errors: the
// directory may be gone").
func hasReasonComment(pass *analysis.Pass, stmt ast.Stmt, files map[*token.File][]byte) bool {
	file := astutil.FileOf(pass.Files, stmt.Pos())
	if file == nil {
		return false
	}
	src := func(tf *token.File) []byte {
		b, ok := files[tf]
		if !ok {
			b, _ = pass.ReadFile(tf.Name()) // unreadable: nil, no comment above counts
			files[tf] = b
		}
		return b
	}
	for _, g := range astutil.AdjacentComments(pass.Fset, file, stmt, src) {
		if isReason(astutil.CommentText(g)) {
			return true
		}
	}
	return false
}

// isReason reports whether a comment's text explains a dropped error.
func isReason(text string) bool {
	text = strings.ToLower(text)
	for _, w := range [...]string{"ignor", "best effort", "best-effort", "error", "fail", "err ", "don't care", "doesn't matter", "harmless"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// isIgnoreReason reports whether a comment's text says that errors are
// dropped on purpose: it mentions ignoring, a best effort, not caring or
// harmlessness. Mentioning an error is not enough away from the statement
// (a doc comment saying what a function returns on failure does not
// explain a drop in its body).
func isIgnoreReason(text string) bool {
	text = strings.ToLower(text)
	for _, w := range [...]string{"ignor", "best effort", "best-effort", "don't care", "doesn't matter", "harmless", "on purpose", "deliberate", "intentional"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// reasonComments indexes the comments of one file, reduced to what
// errcheckcb/blank and errcheckcb/empty-branch ask of them: whether one
// that gives a reason (see givesReason) sits on some lines, within some
// braces, or alone directly above a statement. It is built on first need,
// so only for files with a candidate.
type reasonComments struct {
	fset *token.FileSet
	file *ast.File
	list []reasonComment // by position
	done bool
}

// A reasonComment is one comment of the file.
type reasonComment struct {
	pos       token.Pos
	line, col int // where it starts
	endLine   int
	reason    bool // says something: not empty, not only a directive
	why       bool // says why an error is dropped (see isReason)
	block     bool // a /* */ comment: code may follow it on its line
}

// reset starts on another file.
func (rc *reasonComments) reset(fset *token.FileSet, file *ast.File) {
	rc.fset, rc.file, rc.list, rc.done = fset, file, rc.list[:0], false
}

// load indexes the file's comments, once.
func (rc *reasonComments) load() {
	if rc.done || rc.file == nil {
		return
	}
	rc.done = true
	tf := rc.fset.File(rc.file.FileStart)
	if tf == nil {
		return
	}
	for _, g := range rc.file.Comments {
		for _, c := range g.List {
			pos := tf.Position(c.Slash)
			rc.list = append(rc.list, reasonComment{
				pos:     c.Slash,
				line:    pos.Line,
				col:     pos.Column,
				endLine: tf.Line(c.End()),
				reason:  givesReason(c.Text),
				why:     givesReason(c.Text) && isIgnoreReason(c.Text),
				block:   strings.HasPrefix(c.Text, "/*"),
			})
		}
	}
}

// stmtReason reports whether a comment on one of stmt's lines, or alone on
// the line directly above it, gives a reason.
func (rc *reasonComments) stmtReason(stmt ast.Node) bool {
	rc.load()
	if len(rc.list) == 0 {
		return false
	}
	start := rc.fset.Position(stmt.Pos())
	end := rc.fset.Position(stmt.End()).Line
	if rc.linesReason(start.Line, end) {
		return true
	}
	// The comments alone on the lines directly above: the last one ends on
	// start.Line-1; a block of several // lines counts as one.
	i := sort.Search(len(rc.list), func(i int) bool { return rc.list[i].pos >= stmt.Pos() }) - 1
	line := start.Line - 1
	for ; i >= 0; i-- {
		c := rc.list[i]
		// Alone on its line: in gofmt-formatted code a comment that follows
		// code on its line always starts right of the next statement's
		// column, and one alone above a statement starts in its column. A
		// /* */ comment may precede code on its line: only // comments
		// count from the line above.
		if c.endLine != line || c.col > start.Column || c.block {
			return false
		}
		if c.reason {
			return true
		}
		line = c.line - 1
	}
	return false
}

// nearReason reports whether a comment that says an error is dropped on
// purpose (isIgnoreReason) sits where a reader of stmt sees it, beyond stmtReason's
// places: alone on the line directly below stmt, alone above it with a
// blank line or another comment in between (after prevEnd, the end of the
// statement before, if any), or in doc, the doc comment of the enclosing
// function ("Errors are ignored: the cache is advisory").
func (rc *reasonComments) nearReason(stmt ast.Node, prevEnd token.Pos, doc *ast.CommentGroup) bool {
	if doc != nil && isIgnoreReason(doc.Text()) {
		return true
	}
	rc.load()
	start := rc.fset.Position(stmt.Pos())
	end := rc.fset.Position(stmt.End()).Line
	i := sort.Search(len(rc.list), func(i int) bool { return rc.list[i].pos >= stmt.End() })
	if i < len(rc.list) {
		c := rc.list[i]
		if c.line == end+1 && c.col == start.Column && !c.block && c.why {
			return true
		}
	}
	for i = sort.Search(len(rc.list), func(i int) bool { return rc.list[i].pos >= stmt.Pos() }) - 1; i >= 0; i-- {
		c := rc.list[i]
		if c.pos < prevEnd || c.endLine < start.Line-2 || c.col != start.Column {
			return false
		}
		if c.why {
			return true
		}
	}
	return false
}

// linesReason reports whether a comment that starts on a line in
// [from, to] gives a reason.
func (rc *reasonComments) linesReason(from, to int) bool {
	rc.load()
	i := sort.Search(len(rc.list), func(i int) bool { return rc.list[i].line >= from })
	for ; i < len(rc.list) && rc.list[i].line <= to; i++ {
		if rc.list[i].reason {
			return true
		}
	}
	return false
}

// betweenReason reports whether a comment that starts after from and
// before to (the braces of a block) gives a reason.
func (rc *reasonComments) betweenReason(from, to token.Pos) bool {
	rc.load()
	i := sort.Search(len(rc.list), func(i int) bool { return rc.list[i].pos > from })
	for ; i < len(rc.list) && rc.list[i].pos < to; i++ {
		if rc.list[i].reason {
			return true
		}
	}
	return false
}

// givesReason reports whether a comment's text says something: it is not
// empty and is not only a tool directive (//nolint, //lint:ignore, //go:...,
// //nosec). A directive followed by " // text" carries a reason.
func givesReason(text string) bool {
	var body string
	switch {
	case strings.HasPrefix(text, "//"):
		body = text[2:]
	case strings.HasPrefix(text, "/*"):
		body = strings.TrimSuffix(text[2:], "*/")
	}
	if isDirective(body) {
		// golangci-lint style: "//nolint:errcheck // reason".
		_, after, ok := strings.Cut(body, "//")
		return ok && strings.TrimSpace(after) != ""
	}
	return strings.TrimSpace(body) != ""
}

// isDirective reports whether the body of a comment (after // or /*) is a
// tool directive.
func isDirective(body string) bool {
	t := strings.TrimLeft(body, " \t")
	for _, p := range [...]string{"nolint", "lint:", "nosec", "#nosec", "revive:", "staticcheck:"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	// Go's directive form: //word:..., no space after the slashes.
	if i := strings.IndexByte(body, ':'); i > 0 {
		for _, r := range body[:i] {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				return false
			}
		}
		return true
	}
	return false
}
