package driver

import (
	"fmt"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// pass builds the analysis.Pass of a on u. own receives the facts it
// exports; the facts it imports are its own and those its dependencies
// exported (analysed in this run, or read from the cache).
func (x *executor) pass(u *unit, a *analysis.Analyzer, own *factSet, results map[*analysis.Analyzer]any, report func(analysis.Diagnostic)) *analysis.Pass {
	p := u.pkg
	inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
	for _, req := range a.Requires {
		inputs[req] = results[req]
	}
	// factsOf returns the set that holds facts about pkg's objects.
	factsOf := func(pkg *types.Package) *factSet {
		if pkg == p.Types {
			return own
		}
		x.mu.RLock()
		d := x.unitOf[pkg]
		x.mu.RUnlock()
		if d == nil {
			return nil // a package not analysed: no facts
		}
		return d.facts[a]
	}
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         x.fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       analysisModule(p.Module),
		ResultOf:     inputs,
		Report:       report,
		ReadFile:     readFile(p),
		ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
			if obj == nil {
				panic("nil object")
			}
			set := factsOf(obj.Pkg())
			if set == nil {
				return false
			}
			return copyFact(set.objects[objectFactKey{obj, reflect.TypeOf(ptr)}], ptr)
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if obj.Pkg() != p.Types {
				panic(fmt.Sprintf("in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package", a.Name, p.ID, obj, fact))
			}
			own.objects[objectFactKey{obj, reflect.TypeOf(fact)}] = fact
		},
		ImportPackageFact: func(pkg *types.Package, ptr analysis.Fact) bool {
			if pkg == nil {
				panic("nil package")
			}
			set := factsOf(pkg)
			if set == nil {
				return false
			}
			return copyFact(set.packages[reflect.TypeOf(ptr)], ptr)
		},
		ExportPackageFact: func(fact analysis.Fact) {
			own.packages[reflect.TypeOf(fact)] = fact
		},
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		var out []analysis.ObjectFact
		for _, set := range x.visibleFacts(u, a, own) {
			for k, f := range set.objects {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
		return out
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		var out []analysis.PackageFact
		for pkg, set := range x.visibleFacts(u, a, own) {
			for _, f := range set.packages {
				out = append(out, analysis.PackageFact{Package: pkg, Fact: f})
			}
		}
		return out
	}
	return pass
}

// visibleFacts returns a's fact sets that u sees, by package: its own and
// those of every analysed package it depends on, directly or not.
func (x *executor) visibleFacts(u *unit, a *analysis.Analyzer, own *factSet) map[*types.Package]*factSet {
	sets := map[*types.Package]*factSet{u.pkg.Types: own}
	seen := make(map[*unit]bool)
	var visit func(d *unit)
	visit = func(d *unit) {
		if seen[d] {
			return
		}
		seen[d] = true
		if set := d.facts[a]; set != nil {
			sets[d.pkg.Types] = set
		}
		for _, dd := range d.deps {
			visit(dd)
		}
	}
	for _, d := range u.deps {
		visit(d)
	}
	return sets
}

// copyFact copies fact into *ptr and reports whether there was one.
func copyFact(fact analysis.Fact, ptr analysis.Fact) bool {
	if fact == nil {
		return false
	}
	reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	return true
}

// analysisModule is the checker's conversion of a go/packages module.
func analysisModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return &analysis.Module{} // possibly empty, never nil, in go/analysis drivers
	}
	out := &analysis.Module{
		Path: m.Path, Version: m.Version, Time: m.Time, Main: m.Main, Indirect: m.Indirect,
		Dir: m.Dir, GoMod: m.GoMod, GoVersion: m.GoVersion,
	}
	if m.Replace != nil {
		out.Replace = analysisModule(m.Replace)
	}
	if m.Error != nil {
		out.Error = &analysis.ModuleError{Err: m.Error.Err}
	}
	return out
}
