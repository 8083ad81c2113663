package nofail

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// MarshalNeverFails reports whether call is json.Marshal or
// json.MarshalIndent of a value whose type always encodes (jsonSafe):
// errcheckcb need not see its error checked, and statuscode's branch on
// that error cannot run.
func MarshalNeverFails(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || len(call.Args) < 1 {
		return false
	}
	switch fn.FullName() {
	case "encoding/json.Marshal", "encoding/json.MarshalIndent":
		return jsonSafe(info.TypeOf(call.Args[0]), nil)
	}
	return false
}

// jsonSafe reports whether json.Marshal cannot fail on any value of type
// t: no floats (NaN), interfaces, channels, functions or custom marshalers
// (other than time.Time, which fails only for years outside 0-9999), and
// no recursive types (a cycle fails); seen holds the named types above t.
func jsonSafe(t types.Type, seen []types.Type) bool {
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
		if hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText") {
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
		return jsonSafe(u.Elem(), seen)
	case *types.Slice:
		return jsonSafe(u.Elem(), seen)
	case *types.Array:
		return jsonSafe(u.Elem(), seen)
	case *types.Map:
		k, ok := u.Key().Underlying().(*types.Basic)
		if !ok || k.Info()&(types.IsString|types.IsInteger) == 0 || hasMethod(u.Key(), "MarshalText") {
			return false
		}
		return jsonSafe(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() && !f.Embedded() {
				continue // not encoded
			}
			if !jsonSafe(f.Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

// hasMethod reports whether t or *t has a method of that name.
func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}
