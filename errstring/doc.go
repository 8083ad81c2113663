// Package errstring defines an Analyzer that reports errors carried as
// strings, matched by their text, or wrapped without %w.
//
// # Analyzer errstring
//
// errstring: report errors carried as strings, matched by their text, or wrapped without %w
//
// Always use an error value, never a string, for errors: a string loses the
// error's type, so callers can no longer use errors.Is or errors.As, the
// cause is gone, and code starts to match message text that changes without
// notice. errstring reports these forms of it, one rule each.
//
// _test.go files are not checked: tests turn errors into text to compare
// them with the very message under test, and their helpers' errors end in
// t.Fatal. Neither are packages whose every file imports testing (test
// support: fakes, assertions, test clusters, as in lib/pq's internal/pqtest,
// nsq's internal/test and raft's raft-compat/testcluster), which serve tests
// the same way. The flag -errstring.tests=true checks them too.
//
// The flag -errstring.wrap is gone: errstring/wrap is a strict rule, off
// unless run with -strict or -enable=errstring/wrap, and
// -disable=errstring/wrap turns it off again.
//
// # Rule errstring/string-result
//
// A function that reports failure through a string result: error text
// (err.Error(), "x: " + err.Error(), fmt.Sprint or fmt.Sprintf of an error)
// is returned in the result or assigned to it, and the result is named like
// an error (err, errMsg, errStr, errorMessage, parseErr, ...) or is empty
// ("") on success, where every other return of it is a constant message or
// error text (a result that returns a computed value carries data: its "" is
// a value, not success; opcua's debug ToJSON and tablewriter's cell
// formatter render a failure in place of the value on purpose). Function
// types, struct fields, interface methods and callback parameters declared
// as func(..., errMsg string) count too. Callers cannot test the text with
// errors.Is or errors.As, and the cause is lost. The fix is to return (or
// pass) an error.
//
// Not reported: a result named like an error that no error text goes into
// (a recovered panic message, say); functions that also have an error
// result (the string is then a message beside it); Error, String, GoString
// and Format methods; functions that turn an error they are given (a
// parameter, the receiver, a captured variable) into text, which are
// formatters; parameters of declared functions, such as
// logFailure(errMsg string), which receive text.
//
// Tier: default.
//
// # Rule errstring/text-carried
//
// Errors turned into text inside the program: error text sent on a channel
// of strings, or appended to a local []string that the function returns as
// its list of failures (named so: errs, errMsgs, failures, problems,
// issues, ...; a []string of output lines or key/value pairs is not); and
// error text added to a local string (msg += err.Error()) or appended to a
// local []string of any name that the same function makes into an error
// again (errors.New(msg), fmt.Errorf("...%s", strings.Join(lines, "; "))),
// when the error made into text may carry a sentinel or error type that
// the module tests where the function's error arrives (the test of
// errstring/wrap-identity, which the same loss through %v would meet).
// The receiver or caller cannot test the failures with errors.Is or
// errors.As, and their causes are lost. Send the error on a chan error, or
// collect an []error (or return errors.Join of them). Text made into an
// error that nothing tests is not reported: zone updates of three DNS
// plugins (coredns), a DNS provider's cleanup (lego) and a signature
// check (cosign) collect failures into one message that is only logged
// or shown, and lose nothing anyone asks for.
//
// Text made at a boundary is not reported: a log line, an HTTP response, a
// struct field such as a JSON one, t.Errorf, a []string joined into a
// message that is not an error, String and Error methods.
//
// Tier: default.
//
// # Rule errstring/new-sprintf
//
// errors.New(fmt.Sprintf(...)) formats and makes the error in two steps and
// cannot wrap a cause. The suggested fix is fmt.Errorf with the same
// arguments; it removes the errors import when that was its last use.
// The New of another errors package is reported too where that package
// declares New(string) error and Errorf(string, ...any) error side by side
// (github.com/pkg/errors: prometheus/prometheus fixed it in its Triton
// discovery; golang.org/x/xerrors: aquasecurity/trivy); its fix is that
// package's own Errorf, which records what New records.
//
// No fix is offered when the format has %w (Sprintf prints it as a bad
// verb, Errorf would wrap), when the format is not a constant and has no
// arguments (go vet rejects fmt.Errorf(s)), or when the call is spread over
// lines.
//
// Tier: default.
//
// # Rule errstring/match-text
//
// Matching error text: err.Error() == "..." and !=, switch err.Error(), and
// strings.Contains, HasPrefix, HasSuffix and EqualFold of err.Error()
// (possibly through strings.ToLower, ToUpper or TrimSpace) against a
// constant. Messages change without notice and wrapping breaks the match.
// Use errors.Is with a sentinel or errors.As with an error type.
//
// When the text is exactly the message of an error the standard library
// exports (io.EOF, io.ErrUnexpectedEOF, sql.ErrNoRows, net.ErrClosed,
// os.ErrNotExist, context.Canceled, syscall.ECONNREFUSED, ...; the table is
// generated from the standard library's sources by go generate) the message
// names it, and for == and != on an error of interface type the suggested
// fix is errors.Is(err, io.EOF), adding the imports it needs. The table
// also holds the exported error types of the standard library whose Error
// method returns a constant message that starts with their package's name
// (*http.MaxBytesError's "http: request body too large", which
// caddyserver/caddy matched before using errors.As): the message names the
// type, with errors.As as the advice and no fix. No fix where several distinct errors share the text
// (os.ErrInvalid and syscall.EINVAL: both are named), for a syscall Errno
// (its message is the platform's, so the two tests differ off Linux), for
// substring and case-folded matches (not the same test), or where a name
// the fix needs is taken. The text of a syscall Errno is reported like any
// other: cloudnativelabs/kube-router ("no such process") and twmb/franz-go
// ("connection reset by peer") replaced such matches by errors.Is with the
// Errno.
//
// Reported only where the code offers one error to test instead: the
// text is the message of exactly one error of the standard library
// (above), or of an exported sentinel of a package it imports: of the
// module, known by a fact (var ErrX = errors.New("...")); of another
// module, read from the source its types name (errors.New or an Errorf
// with nothing to format, a constant of a string error type whose Error
// returns the value, as go-redis's Nil, or another sentinel named, as
// gorm's ErrRecordNotFound, which go vet -vettool does not follow: the
// types vet loads lack gorm/logger). For another module's sentinel a part
// of its message of 12 bytes or more counts too, when it is part of no other
// sentinel's message and of no message of the standard library:
// smallnest/rpcx matched "listener closed", cmux's ErrListenerClosed is
// "mux: listener closed". The package's own sentinel counts where the
// matched error may carry it (a function of the package returns it:
// mark3labs/mcp-go matched the text of the sentinel its
// GetAuthorizationHeader returns, and moved to errors.Is). A text that ends in ": " and such a
// message (strings.HasSuffix(err.Error(), ": use of closed network
// connection"), as influxdata/telegraf wrote it) names the wrapped error.
// Left to the strict rule errstring/match-foreign-text: text for which the
// code offers nothing, such as a message from a remote server, a database
// driver or another program; the message of the package's own sentinel
// where the matched error cannot carry it (API clients match a server's
// text to return their own sentinel of the same message: hashicorp/go-tfe,
// three times); a match in the condition of an if whose body returns the
// sentinel of that message, of any package (the code turns a foreign
// error into its own: go-tfe, micro/go-micro's postgres model returning
// model.ErrDuplicateKey for a driver's text); and text for which
// errors.Is with one error is not the same test: a text several errors
// share (os.ErrInvalid and syscall.EINVAL; or an unexported error of the
// standard library: net's dial timeout says "i/o timeout" as
// os.ErrDeadlineExceeded does, grafana-plugin-sdk-go), a substring that is part
// of another error's message too (strings.Contains(s, "EOF") also
// matches "unexpected EOF": minio/minio-go), and a text of 12 bytes or
// more that is only part of the message of one error of the standard
// library, which the strict rule names ("no space left" is part of
// syscall.ENOSPC's): such
// words come from servers and drivers as often (segmentio/ctlstore's
// "Table already exists" from SQL, segmentio/topicctl's "does not exist"
// from a Kafka broker, taken for os.ErrExist and os.ErrNotExist).
//
// Not reported: comparisons with "" or with a variable; strings that did
// not come from an error; a match after `if errors.Is(err, S) { ...; return
// }` on the same error, for S's own message: there the error is not S, and
// the text is matched for others that say the same (grafana-plugin-sdk-go's
// fallback for a plugin file system that returns plain text).
//
// Tier: default.
//
// # Rule errstring/match-foreign-text
//
// What errstring/match-text leaves out: error text matched where the code
// offers no sentinel or error type to test instead, because the text comes
// from a remote server, a database driver, another program or an error
// made with errors.New inside a function. Such a match is often the only
// way to tell the failure apart; where it is not, ask the producer for a
// sentinel or an error code.
//
// Tier: strict (a team policy; run with -strict or
// -enable=errstring/match-foreign-text).
//
// # Rule errstring/wrap-identity
//
// Wrapping that hides an error someone tests: fmt.Errorf formats with %v or
// %s an error that may carry a sentinel (a package variable of an error
// type) or an error type that is tested, so the test fails on the wrapped
// error. Use %w. The fix is offered as for errstring/wrap.
//
// What an error may carry is found from the code, not from names: a
// sentinel or an error type named directly, a variable of a named error
// type, a local variable assigned from those, fmt.Errorf with %w and
// errors.Join of them, and calls of functions whose error results may carry
// them (a fact exported for every function with an error result, so that
// calls into other packages are known too).
//
// An identity is tested where the wrapped error may arrive: a test
// (errors.Is, errors.As, ==, !=, a switch case, a type assertion or a type
// switch; err != nil is none) looks at an error whose origin is followed
// back through assignments, fmt.Errorf (any verb) and errors.Join to calls.
// A test of what a function of the package returns covers the functions
// whose error flows into that result; a test of what an interface method
// returns covers the package's methods of that name (dexidp/dex's storage
// conformance tests, through a fact, in the packages that implement the
// interface); the parameter of an unexported helper (mustBeErrNotFound(t,
// kind, err)) has the origins of what its calls pass, and the error that its
// func parameter returns (retry(attempt func() error)) has those of the
// functions and literals its calls pass, a test of it covering the wraps
// inside those literals (certmagic's retry helper tests context.Canceled; a
// job literal handed to its job queue, which only logs, is not covered); any
// other origin (a parameter of an exported function such as IsNotFound(err
// error) bool, a field, a func value) covers every error of the package and,
// through a fact, of the packages of the module that import it. So
// errors.Is(err, data.ErrNoSnapshotFound) on one call of restic's command
// says nothing of another function that formats the same sentinel with %v
// into a log line. Being exported is not enough either
// (hashicorp/go-azure-helpers formats its exported parse error types with
// %+v in 160 places and nothing tests them).
//
// Not reported, because nothing inspects the error: errors whose origin is
// unknown (parameters, interface methods, fields); sentinels and types
// (the module's own, exported or not, and those of other modules and the
// standard library) that the module never tests, or tests only where the
// wrapped error does not arrive, which covers a library that formats its
// internal errors with %v on purpose and a command whose errors end in a
// log line. Formats with words such as
// "expected" or "got" are reported like any other.
//
// Tier: strict (run with -strict or -enable=errstring/wrap-identity). On
// held-out code it was right 1 time in 11 (rounds 8 and 10: a sentinel
// tested on one path and unreachable on the wrapping one, go-delve/delve;
// a command's printed errors, osrg/gobgp) and found none of the two
// labelled defects of its kind: whether a test can see a wrapped error
// needs the paths, not the package, to tell.
//
// # Rule errstring/wrap
//
// Wrapping that drops the cause: fmt.Errorf formats an argument of type
// error with %v or %s. The result carries the text but not the error, so
// errors.Is and errors.As cannot see it. Use %w (several %w need Go 1.20).
// The suggested fix changes the verb when the output stays the same: the
// format is a plain literal, the error is known not to be nil (an enclosing
// if err != nil; %v prints <nil>, %w does not), and a %s operand has no
// Format method of its own.
//
// Not reported: a format that already has a %w (the other errors are
// described on purpose); %#v, %T, %q and other verbs; files older than Go
// 1.13; what errstring/wrap-identity reports, when it runs.
//
// Code may hide causes on purpose, for example at an API boundary, so
// whether to wrap is a team's choice: -disable=errstring/wrap turns the
// rule off again where -strict turned it on.
//
// Tier: strict (a team policy; run with -strict or -enable=errstring/wrap).
package errstring
