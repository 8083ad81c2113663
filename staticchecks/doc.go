// Package staticchecks bundles staticcheck checks (honnef.co/go/tools,
// https://staticcheck.dev) that sit on the edges of extinct's defect classes
// (errors and responses done right), so that a team gets them from the same
// binary, with the same suppression, as extinct's own analyzers.
//
// # Bundled checks
//
// SA5001 is cheap (it walks the syntax tree extinct's analyzers share) and
// is returned by Default(); SA1032 and ST1005 need staticcheck's IR of
// every package, which adds about 22% CPU and 45% memory to an extinct run,
// so they are returned by OptIn() and run only when asked for.
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
//   - ST1005 (stylecheck, on by default in staticcheck): an error string
//     that starts with a capital letter or ends with punctuation or a
//     newline; error strings are printed after other context
//     ("open config: permission denied"). Not reported in functions of
//     _test.go files, nor for a first word that is an acronym or a name
//     the package declares. A message that starts with another proper
//     noun ("Unix syslog ...") is reported: silence it with
//     //lint:ignore ST1005.
//
// Evaluated and left out (evidence in docs/precision/staticchecks.md):
// SA4006 (values overwritten before they are read: 93.7% real), SA9003
// (empty branches: 20%), ST1008 (error not the last result: its one
// finding was deliberate), ST1012 (error variable names: 80%, signals
// such as io.EOF and fs.SkipDir are named without Err on purpose), and
// S1028 (errors.New(fmt.Sprintf(...))) because extinct's errstring reports
// the same call with a safer fix.
//
// # Suppression
//
// Findings in generated files are dropped, as for every extinct analyzer.
// //nolint:NAME works wherever it works for extinct's analyzers. In
// addition, the ways code is already annotated for staticcheck are honoured
// by the checks themselves, so that code stays quiet in every front end:
// golangci-lint's "//nolint:staticcheck" (and "//nolint:stylecheck" for
// ST checks, "//nolint:gosimple" for S checks: golangci-lint v1's names),
// with //nolint's line ranges, and staticcheck's own directives:
// "//lint:ignore SA5001 reason" above a statement (or at
// the end of its line) silences the check on the line where that statement
// starts, and "//lint:file-ignore SA5001 reason" silences it in the file.
// Checks may be a comma-separated list or globs (SA*), in any case; the
// reason is mandatory, and a directive without one silences nothing.
package staticchecks
