// Package dump: the dump helpers of debugging libraries, matched by object.
package dump

import (
	"bytes"

	sp "github.com/davecgh/go-spew/spew"
	"github.com/k0kubun/pp"
	"github.com/kr/pretty"
	"github.com/sanity-io/litter"
)

type T struct{ A, B int }

func Inspect(t T) string {
	sp.Dump(t)                 // want `debugprint/dump: spew.Dump is a debugging dump helper that writes to stdout of every program running this code; remove it, or log its S-variant \(Sdump, Sprint\)`
	sp.Printf("%v\n", t)       // want `debugprint/dump: spew.Printf is a debugging dump helper`
	sp.Config.Dump(t)          // want `debugprint/dump: spew.ConfigState.Dump is a debugging dump helper`
	pp.Println(t)              // want `debugprint/dump: pp.Println is a debugging dump helper`
	pretty.Println(t)          // want `debugprint/dump: pretty.Println is a debugging dump helper`
	pretty.Printf("%# v\n", t) // want `debugprint/dump: pretty.Printf is a debugging dump helper`
	litter.Dump(t)             // want `debugprint/dump: litter.Dump is a debugging dump helper`
	litter.Options{}.Dump(t)   // want `debugprint/dump: litter.Options.Dump is a debugging dump helper`
	dump := litter.Dump
	dump(t) // a function value is not followed
	var buf bytes.Buffer
	sp.Fdump(&buf, t)
	pp.Fprintln(&buf, t)
	return sp.Sdump(t) + sp.Config.Sdump(t) + pp.Sprint(t) + pretty.Sprint(t) + litter.Sdump(t) + litter.Config.Sdump(t) + buf.String()
}

// Traps: local functions with the helpers' names.

type spew struct{}

func (spew) Dump(a ...any) {}

func Dump(a ...any) {}

func Local(t T) {
	var s spew
	s.Dump(t)
	Dump(t)
	_ = pretty.Diff(t, t)
}
