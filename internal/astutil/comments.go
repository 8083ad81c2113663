package astutil

import (
	"go/ast"
	"go/token"
	"strings"
)

// AdjacentComments returns the comment groups that annotate n: one that
// starts on n's last line after n, and one that ends on the line above n
// alone on its line. src returns the contents of a file (nil when
// unreadable, and then no comment above counts).
func AdjacentComments(fset *token.FileSet, file *ast.File, n ast.Node, src func(*token.File) []byte) []*ast.CommentGroup {
	tf := fset.File(n.Pos())
	if tf == nil {
		return nil
	}
	line, endLine := tf.Line(n.Pos()), tf.Line(n.End())
	var groups []*ast.CommentGroup
	for _, g := range file.Comments {
		gl := tf.Line(g.Pos())
		if gl > endLine {
			break
		}
		switch {
		case gl == endLine && g.Pos() >= n.End():
			groups = append(groups, g)
		case tf.Line(g.End()) == line-1:
			text := src(tf)
			start, lineStart := tf.Offset(g.Pos()), tf.Offset(tf.LineStart(gl))
			if text != nil && start <= len(text) && strings.TrimSpace(string(text[lineStart:start])) == "" {
				groups = append(groups, g)
			}
		}
	}
	return groups
}

// CommentText returns the text of a comment group without an
// analysistest expectation ("// want `...`"), which is no part of what the
// comment says.
func CommentText(g *ast.CommentGroup) string {
	text := g.Text()
	if i := strings.Index(text, "want `"); i >= 0 {
		text = text[:i]
	}
	return text
}
