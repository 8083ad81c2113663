package blank

import (
	"go/ast"
	"go/types"
	"strconv"
)

// Traps: the Value of a parsed literal always unquotes, and Instantiate
// without validation never fails.
func parsed(imp *ast.ImportSpec, orig types.Type, targs []types.Type) error {
	path, _ := strconv.Unquote(imp.Path.Value)
	t, _ := types.Instantiate(nil, orig, targs, false)
	// want +2 `the error from types.Instantiate is assigned to _`

	u, _ := types.Instantiate(nil, orig, targs, true)
	_, _, _ = path, t, u
	return nil
}
