package debugprint

import (
	"go/ast"
	"go/token"
	"go/types"
)

// unusedImports returns the edits that remove the imports of the file that
// only stmt uses. ok is false when such an import cannot be removed cleanly.
func (c *checker) unusedImports(stmt ast.Node) (dels []span, ok bool) {
	info := c.pass.TypesInfo
	var used []*types.PkgName
	ast.Inspect(stmt, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pn, ok := info.Uses[id].(*types.PkgName); ok {
				for _, u := range used {
					if u == pn {
						return true
					}
				}
				used = append(used, pn)
			}
		}
		return true
	})
	if len(used) == 0 {
		return nil, true
	}
	// Count the uses left outside stmt.
	left := make(map[*types.PkgName]bool)
	for selCur := range c.fileCur.Preorder((*ast.SelectorExpr)(nil)) {
		sel := selCur.Node().(*ast.SelectorExpr)
		id, ok := sel.X.(*ast.Ident)
		if !ok || (sel.Pos() >= stmt.Pos() && sel.End() <= stmt.End()) {
			continue
		}
		if pn, ok := info.Uses[id].(*types.PkgName); ok {
			left[pn] = true
		}
	}
	// Find the specs to remove, by declaration.
	tf := c.pass.Fset.File(c.file.FileStart)
	for _, decl := range c.file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		var remove []*ast.ImportSpec
		for _, spec := range gen.Specs {
			spec := spec.(*ast.ImportSpec)
			var obj types.Object
			if spec.Name != nil {
				obj = info.Defs[spec.Name]
			} else {
				obj = info.Implicits[spec]
			}
			pn, _ := obj.(*types.PkgName)
			if pn == nil || left[pn] {
				continue
			}
			for _, u := range used {
				if u == pn {
					remove = append(remove, spec)
				}
			}
		}
		if len(remove) == 0 {
			continue
		}
		if len(remove) == len(gen.Specs) {
			start := gen.Pos()
			if gen.Doc != nil {
				start = gen.Doc.Pos()
			}
			s, e, ok := lineRange(c.src, tf.Offset(start), tf.Offset(gen.End()))
			if !ok {
				return nil, false
			}
			s, e = dropBlankLine(c.src, s, e)
			dels = append(dels, span{s, e})
			continue
		}
		if !gen.Lparen.IsValid() {
			return nil, false
		}
		for _, spec := range remove {
			start := spec.Pos()
			if spec.Doc != nil {
				start = spec.Doc.Pos()
			}
			s, e, ok := lineRange(c.src, tf.Offset(start), tf.Offset(spec.End()))
			if !ok {
				return nil, false
			}
			s, e = dropBlankInImports(c.src, s, e)
			dels = append(dels, span{s, e})
		}
	}
	return dels, true
}
