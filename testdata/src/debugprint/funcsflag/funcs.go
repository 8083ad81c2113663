// Package funcsflag is checked with
// -debugprint.funcs=debugprint/funcsflag/trace.Here,(*debugprint/funcsflag/trace.Tracer).Dump
package funcsflag

import (
	t "debugprint/funcsflag/trace"
)

func Work(x int) string {
	t.Here("x", x) // want `debugprint/dump: trace.Here is debug output \(listed in -debugprint.funcs\) that should not ship; remove it`
	var tr t.Tracer
	tr.Dump(x) // want `debugprint/dump: trace.Tracer.Dump is debug output`
	return tr.Sdump(x)
}
