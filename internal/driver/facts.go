package driver

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// A factSet holds one analyzer's facts about one package's objects and
// about the package itself.
type factSet struct {
	objects  map[objectFactKey]analysis.Fact
	packages map[reflect.Type]analysis.Fact
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

func newFactSet() *factSet {
	return &factSet{objects: make(map[objectFactKey]analysis.Fact), packages: make(map[reflect.Type]analysis.Fact)}
}

// An encodedFact is one fact as the cache holds it, the way unitchecker
// writes facts: the object as its path from the package's scope
// (objectpath), "" for a fact about the package, and the fact in gob.
type encodedFact struct {
	Analyzer string
	Type     int // index in the analyzer's FactTypes
	Object   string
	Data     []byte
}

// exported returns the facts of own that dependents can see, those about
// objects a dependent can name, as the checker filters them, and their
// encoding; ok is false if one of them cannot be encoded, when the package
// is not cached.
func exported(a *analysis.Analyzer, pkg *types.Package, own *factSet, enc *objectpath.Encoder) (out *factSet, encoded []encodedFact, ok bool) {
	out, ok = newFactSet(), true
	for k, f := range own.objects {
		if !exportedFrom(k.obj, pkg) {
			continue
		}
		path, err := enc.For(k.obj)
		if err != nil {
			continue // unreachable from the package's scope: no dependent can name it
		}
		out.objects[k] = f
		e, err := encodeFact(a, string(path), f)
		ok = ok && err == nil
		encoded = append(encoded, e)
	}
	for t, f := range own.packages {
		out.packages[t] = f
		e, err := encodeFact(a, "", f)
		ok = ok && err == nil
		encoded = append(encoded, e)
	}
	return out, encoded, ok
}

func encodeFact(a *analysis.Analyzer, object string, f analysis.Fact) (encodedFact, error) {
	index := -1
	for i, t := range a.FactTypes {
		if reflect.TypeOf(t) == reflect.TypeOf(f) {
			index = i
		}
	}
	if index < 0 {
		return encodedFact{}, fmt.Errorf("%s: fact type %T is not among its FactTypes", a.Name, f)
	}
	data, err := gobBytes(f)
	if err != nil {
		return encodedFact{}, err
	}
	return encodedFact{Analyzer: a.Name, Type: index, Object: object, Data: data}, nil
}

// decodeFacts decodes a cached package's facts onto its type-checked
// package, one set per analyzer of withFacts (empty sets included), leaving
// out those about objects the package's types lack.
func decodeFacts(data []byte, pkg *types.Package, withFacts []*analysis.Analyzer) (map[*analysis.Analyzer]*factSet, error) {
	var list []encodedFact
	if err := gobDecode(data, &list); err != nil {
		return nil, err
	}
	sets := make(map[*analysis.Analyzer]*factSet, len(withFacts))
	byName := make(map[string]*analysis.Analyzer, len(withFacts))
	for _, a := range withFacts {
		sets[a] = newFactSet()
		byName[a.Name] = a
	}
	for _, e := range list {
		a := byName[e.Analyzer]
		if a == nil || e.Type < 0 || e.Type >= len(a.FactTypes) {
			return nil, fmt.Errorf("a fact of unknown analyzer or type: %s %d", e.Analyzer, e.Type)
		}
		t := reflect.TypeOf(a.FactTypes[e.Type])
		f, ok := reflect.New(t.Elem()).Interface().(analysis.Fact)
		if !ok {
			return nil, fmt.Errorf("%s: fact type %v", a.Name, t)
		}
		if err := gobDecode(e.Data, f); err != nil {
			return nil, err
		}
		if e.Object == "" {
			sets[a].packages[t] = f
			continue
		}
		obj, err := objectpath.Object(pkg, objectpath.Path(e.Object))
		if err != nil {
			// Types from export data hold what dependents can reach, which
			// may leave out an unexported type whose method has a fact: no
			// dependent can name it, so the fact is dropped, as unitchecker
			// drops it.
			continue
		}
		sets[a].objects[objectFactKey{obj, t}] = f
	}
	return sets, nil
}

// exportedFrom reports whether obj may be visible to a package that
// imports pkg: the checker's over-approximation of the export data.
func exportedFrom(obj types.Object, pkg *types.Package) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Exported() && obj.Pkg() == pkg || obj.Signature().Recv() != nil
	case *types.Var:
		return obj.IsField() || obj.Pkg() == pkg
	case *types.TypeName, *types.Const:
		return true
	}
	return false // Nil, Builtin, Label, or PkgName
}

func gobBytes(v any) ([]byte, error) {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(v)
	return buf.Bytes(), err
}

func gobDecode(data []byte, v any) error {
	return gob.NewDecoder(bytes.NewReader(data)).Decode(v)
}
