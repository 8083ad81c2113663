package errcheckcb

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// goLosesError reports whether a go statement that runs fn (nil: a func
// value) loses fn's error, and so is reported wherever it is, even in a
// function without an error result: no function can pass a goroutine's
// error on. This module's own function run as a goroutine is expected to
// report its failure itself (fzf's Terminal.Loop posts it to its event
// loop before returning it); another module's (go http.ListenAndServe(addr,
// h)) loses it for sure.
func goLosesError(pass *analysis.Pass, fn *types.Func, module string) bool {
	return fn == nil || !inModule(pass, fn, module)
}
