package errstring

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

// importName returns the name under which the current file imports path
// ("" if it does not, or imports it with . or _) and its spec.
func (c *checker) importName(path string) (string, *ast.ImportSpec) {
	spec := astutil.ImportSpec(c.file.file, path)
	if spec == nil {
		return "", nil
	}
	pkgName := c.pass.TypesInfo.PkgNameOf(spec)
	if pkgName == nil || pkgName.Name() == "." || pkgName.Name() == "_" {
		return "", spec
	}
	return pkgName.Name(), spec
}

// useImport returns the name by which the code at pos can refer to the
// standard package path (whose name is the last element of path), and the
// edits that add its import if the file lacks it. It fails if the name is
// taken at pos by something else.
func (c *checker) useImport(path string, pos token.Pos) (string, []analysis.TextEdit, bool) {
	if name, spec := c.importName(path); name != "" {
		if c.visible(name, pos) == c.pass.TypesInfo.PkgNameOf(spec) {
			return name, nil, true
		}
		return "", nil, false
	} else if spec != nil {
		return "", nil, false // imported as . or _: leave it to the author
	}
	name := path[strings.LastIndex(path, "/")+1:]
	if c.visible(name, pos) != nil || c.pass.Pkg.Scope().Lookup(name) != nil {
		return "", nil, false
	}
	edit, ok := c.addImport(path)
	return name, []analysis.TextEdit{edit}, ok
}

// visible returns the object that name denotes at pos.
func (c *checker) visible(name string, pos token.Pos) types.Object {
	scope := c.pass.TypesInfo.Scopes[c.file.file]
	if scope == nil {
		return nil
	}
	if inner := scope.Innermost(pos); inner != nil {
		scope = inner
	}
	_, obj := scope.LookupParent(name, pos)
	return obj
}

// addImport returns an edit that adds import path to the current file and
// keeps it gofmt-clean: in sorted place in the first group of standard
// imports of a parenthesised import declaration, or as a declaration of
// its own after the last import (or after the package clause).
func (c *checker) addImport(path string) (analysis.TextEdit, bool) {
	f, tf := c.file.file, c.file.tok
	quoted := strconv.Quote(path)
	var last *ast.GenDecl
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			break
		}
		last = gen
		if !gen.Lparen.IsValid() || len(gen.Specs) == 0 {
			continue
		}
		// The first group (specs on consecutive lines) of standard imports.
		var group []*ast.ImportSpec
		for i, s := range gen.Specs {
			spec := s.(*ast.ImportSpec)
			if i > 0 && tf.Line(spec.Pos()) > tf.Line(gen.Specs[i-1].End())+1 {
				if isStdGroup(group) {
					break
				}
				group = nil
			}
			group = append(group, spec)
		}
		if !isStdGroup(group) {
			continue
		}
		for _, spec := range group {
			if spec.Path.Value > quoted {
				if tf.Line(spec.Pos()) == tf.Line(gen.Lparen) {
					return analysis.TextEdit{}, false
				}
				at := tf.LineStart(tf.Line(spec.Pos()))
				if spec.Doc != nil {
					at = tf.LineStart(tf.Line(spec.Doc.Pos()))
				}
				return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\t" + quoted + "\n")}, true
			}
		}
		end := group[len(group)-1].End()
		if tf.Line(end) == tf.Line(gen.Rparen) || tf.Line(end) >= tf.LineCount() {
			return analysis.TextEdit{}, false
		}
		at := tf.LineStart(tf.Line(end) + 1)
		return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\t" + quoted + "\n")}, true
	}
	if last != nil {
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\nimport " + quoted)}, true
	}
	// No imports: after the package clause's line.
	line := tf.Line(f.Name.End())
	if line >= tf.LineCount() {
		return analysis.TextEdit{}, false
	}
	at := tf.LineStart(line+1) - 1 // the newline ending the package clause
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n\nimport " + quoted)}, true
}

func isStdGroup(group []*ast.ImportSpec) bool {
	if len(group) == 0 {
		return false
	}
	for _, spec := range group {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			return false
		}
		if !isStdPath(p) {
			return false
		}
	}
	return true
}

// isStdPath reports whether an import path is the standard library's: its
// first element has no dot.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// deleteImport returns the edit that removes spec, one of the current
// file's imports, with its line, keeping the file gofmt-clean.
func (c *checker) deleteImport(spec *ast.ImportSpec) (analysis.TextEdit, bool) {
	src := c.source()
	if src == nil || spec.Doc != nil {
		return analysis.TextEdit{}, false
	}
	var decl *ast.GenDecl
	for _, d := range c.file.file.Decls {
		if gen, ok := d.(*ast.GenDecl); ok && gen.Tok == token.IMPORT {
			for _, s := range gen.Specs {
				if s == spec {
					decl = gen
				}
			}
		}
	}
	if decl == nil {
		return analysis.TextEdit{}, false
	}
	tf := c.file.tok
	var from, to token.Pos // what goes: whole lines
	if len(decl.Specs) == 1 {
		if decl.Doc != nil {
			return analysis.TextEdit{}, false
		}
		from, to = decl.Pos(), decl.End()
	} else {
		from, to = spec.Pos(), spec.End()
		if spec.Comment != nil {
			to = spec.Comment.End()
		}
	}
	start, end := tf.Offset(from), tf.Offset(to)
	// Only the node on its lines.
	lineStart := bytes.LastIndexByte(src[:start], '\n') + 1
	if strings.TrimSpace(string(src[lineStart:start])) != "" {
		return analysis.TextEdit{}, false
	}
	lineEnd := bytes.IndexByte(src[end:], '\n')
	if lineEnd < 0 || strings.TrimSpace(string(src[end:end+lineEnd])) != "" {
		return analysis.TextEdit{}, false
	}
	start, end = lineStart, end+lineEnd+1
	// Do not leave two blank lines, or a blank line after "(" or before ")".
	prev := lastLine(src[:start])
	next := firstLine(src[end:])
	prevOpen := prev == "" || strings.HasSuffix(prev, "(")
	nextClose := next == "" || strings.HasPrefix(next, ")")
	switch {
	case prev == "" && start > 0 && nextClose:
		start -= len(lastLineRaw(src[:start])) + 1
	case prevOpen && next == "" && end < len(src):
		end += len(firstLineRaw(src[end:])) + 1
	}
	return analysis.TextEdit{Pos: tf.Pos(start), End: tf.Pos(end), NewText: nil}, true
}

// lastLine returns the last full line of b (which ends in a newline),
// trimmed.
func lastLine(b []byte) string { return strings.TrimSpace(lastLineRaw(b)) }

func lastLineRaw(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	b = b[:len(b)-1] // its newline
	return string(b[bytes.LastIndexByte(b, '\n')+1:])
}

func firstLine(b []byte) string { return strings.TrimSpace(firstLineRaw(b)) }

func firstLineRaw(b []byte) string {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return string(b[:i])
	}
	return string(b)
}
