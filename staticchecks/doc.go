//go:build staticchecks

// Package staticchecks bundles staticcheck checks (honnef.co/go/tools,
// https://staticcheck.dev) that sit on the edges of extinct's defect classes
// (errors and responses done right), so that a team gets them from the same
// binary, with the same suppression, as extinct's own analyzers.
//
// # Bundled checks
//
// Each check keeps its staticcheck name, which is also its enable flag
// (extinct -SA5001 ./...) and the name to give in //nolint:SA5001, and its
// documentation is staticcheck's own (extinct help SA5001). Messages are
// staticcheck's, prefixed with the check's name like extinct's own.
//
//   - SA5001 (staticcheck, on by default there): defer x.Close() before the
//     error of the call that returned x is checked; when the call failed x
//     is usually nil and the deferred Close panics or hides the failure.
//   - SA1032 (staticcheck, on by default there): errors.Is with the
//     arguments swapped, errors.Is(io.EOF, err): a wrapped err is never
//     matched.
//
// Evaluated and left out (evidence in docs/precision/staticchecks.md):
// SA4006 (values overwritten before they are read), SA9003 (empty
// branches), ST1005 (error string style), ST1008 (error not the last
// result), ST1012 (error variable names): below 95% real findings on the
// standard library and real repositories, or too few findings to tell and
// too costly; S1028 (errors.New(fmt.Sprintf(...))) because extinct's
// errstring reports the same call with a safer fix.
//
// # Suppression
//
// Findings in generated files are dropped, as for every extinct analyzer.
// //nolint:NAME works wherever it works for extinct's analyzers. In
// addition, staticcheck's own directives are honoured by the checks
// themselves, so code already annotated for staticcheck stays quiet in
// every front end: "//lint:ignore SA5001 reason" above a statement (or at
// the end of its line) silences the check on the line where that statement
// starts, and "//lint:file-ignore SA5001 reason" silences it in the file.
// Checks may be a comma-separated list or globs (SA*), in any case; the
// reason is mandatory, and a directive without one silences nothing.
package staticchecks
