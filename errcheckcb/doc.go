// Package errcheckcb defines an Analyzer that reports ignored errors.
//
// # Analyzer errcheckcb
//
// errcheckcb: report errors that are ignored, dropped without a reason, or never checked in a callback
//
// An ignored error turns a failure into silent data loss or a later panic far
// from its cause. errcheckcb reports six forms of it, one rule each: a call's
// error result discarded by a statement (errcheckcb/unchecked), an error whose
// failure loses data or state assigned to _ without a reason
// (errcheckcb/blank-lossy), the error of the Close of a file written to
// assigned to _ without a reason (errcheckcb/blank-close, strict), any other
// error assigned to _ without a reason (errcheckcb/blank, strict), an error
// checked and then swallowed by an empty branch (errcheckcb/empty-branch), and
// a callback's error parameter never checked (errcheckcb/callback). No rule
// reports in generated files ("// Code generated ... DO NOT EDIT."), nor,
// without -errcheckcb.tests, in _test.go files. Only errcheckcb/empty-branch
// and errcheckcb/callback report in test support: a package one of whose
// non-test files imports testing or a test framework (testify, gomega, ginkgo,
// gocheck, gotest.tools) holds fixtures, fakes and helpers, whose failures end
// in a failed test, not in lost data. Importing a package that has test helpers
// of its own does not make a package test support.
//
// Reasons. Where a rule takes a comment as the reason for a drop, a comment
// that says why an error is dropped (it mentions an error, a failure, ignoring
// or a best effort) also counts alone on the line directly below the statement,
// alone above it with a blank line or other comment lines in between (but after
// the statement before), and in the doc comment of the enclosing function
// ("Errors are ignored: the cache is advisory").
//
// Options (all off by default). -errcheckcb.tests reports in _test.go files,
// for every rule: on real code almost every unchecked error in a test is set-up
// or clean-up whose failure makes the test fail anyway (nsq: 428 of errcheck's
// 560 findings were in tests). -errcheckcb.defer-close reports deferred and
// cleanup calls (see errcheckcb/unchecked). -errcheckcb.everywhere reports
// unchecked results in every function, not only in those that return an error.
// -errcheckcb.exclude takes comma-separated calls whose error may go unchecked,
// in errcheck's syntax: pkg/path.Func, (*pkg/path.Type).Method,
// (pkg/path.Interface).Method, each optionally followed by the static type of
// its first argument in parentheses (fmt.Fprintf(*os.File), or os.Stdout,
// os.Stderr, io.Discard by name), as in errcheck's exclude file; it may be
// repeated. -errcheckcb.exclude-file names a file of such entries, one a line;
// blank lines and // comments are skipped. Both add to the default exclusions
// of errcheckcb/unchecked, and apply to errcheckcb/blank too. The file is read
// when the flag is parsed, relative to the current directory (use an absolute
// path with go vet, which runs the tool in each package's directory).
//
// A //nolint:errcheck directive, from a codebase moving over from errcheck,
// silences every rule but errcheckcb/empty-branch and errcheckcb/callback, as
// //nolint:errcheckcb does.
//
// No option switches a rule on or off: -disable=ID turns one off
// (-disable=errcheckcb the analyzer), and -enable=ID or -strict turns on the
// strict errcheckcb/blank and errcheckcb/blank-close.
//
// # Rule errcheckcb/unchecked
//
// A call whose error result is discarded by an expression statement (f()), a go
// statement or a defer statement is reported, in a function (or func literal)
// whose last result is an error: there the error could be passed on, and
// dropping it lets the code carry on as if the call had worked. The fix: handle
// it, return it, or assign it to _ with a comment saying why. Where the
// statement starts its line, a suggested fix replaces f() with "if err := f();
// err != nil { return <zero values>, err }" (with "_, err :=" for a call with
// several results; none for go and defer). A go statement is reported wherever
// it is, whoever's function it runs (go http.ListenAndServe(addr, h), go
// s.serve()): no function can pass a goroutine's error on, so it is lost for
// sure; except a function of this package that hands each error it returns to a
// call first ("t.events.Set(quit, err); return err", as fzf's Terminal.Loop
// does), or one that never fails, or a call given a listener (a value with
// Accept and Addr methods: go srv.Serve(ln) on a port that net.Listen bound and
// checked before runs an accept loop that ends when the listener is closed, as
// in kubectx's proxy, syncthing's usage server and caddy's HTTP app; go
// srv.ListenAndServe(), whose bind may fail, is reported). In a function that
// has no error result (main, an HTTP handler, a goroutine body) a drop is a
// deliberate best effort far more often than a defect, so only calls whose
// failure loses data or state are reported there: os.WriteFile, os.Chmod,
// os.Chown, os.Lchown, os.Chtimes, os.Rename, os.Symlink, os.Link, os.Truncate,
// the Chmod, Chown, Truncate and Sync methods of *os.File, syscall.Exec,
// json.Unmarshal, xml.Unmarshal and the Decode methods of json, xml and gob
// decoders, filepath.Walk, filepath.WalkDir and fs.WalkDir (whose error is the
// callback's: not reported when the callback is a function literal that only
// ever returns nil, filepath.SkipDir or fs.SkipAll, since the walk then cannot
// fail), and any write to, or Close of, a file that the function opened for
// writing (the Close also through a struct field the file was stored in:
// "l.out.Close()" in a logger's Close method, where l.out was assigned
// os.OpenFile(...) in the package) (os.Create, os.CreateTemp, os.OpenFile with
// a write flag and O_CREATE, O_TRUNC or O_APPEND, or a flag that is not
// constant; or one opened without them and then truncated, seeked or written at
// an offset: a data file rewritten in place) or a write-only sink that it made
// and closes (a value of a pointer to a named type outside os, io, net and
// bufio with a Write... method (not Writer...) or made by a call given an
// io.Writer that cannot be read, a Close method returning an error, and no Read
// or SetDeadline method: a gzip or tar writer, a cloud storage object's writer,
// a parquet file writer, whose Close writes the trailer or commits the upload;
// one the function keeps open, storing it for later, is a stream, like micro's
// terminal emulator; one made over in-memory buffers only, every io.Writer it
// is given a *bytes.Buffer or *strings.Builder, is not a sink: its Close loses
// nothing, as gomplate's and lazygit's yaml.NewEncoder(&buf) show).
// -errcheckcb.everywhere reports every function, as errcheck does.
//
// Only results of interface type (error, or an interface that embeds it) count:
// a function that returns a concrete error type, like gin's (*Context).Error or
// a builder's (*Error).SetType, hands back a value to build on, not a failure.
// Nothing is reported in a block that ends by returning an error (a sentinel, a
// constructed error, or the variable an enclosing "if err != nil" tested) or by
// panicking, nor in the body of an "if err != nil" that hands err on (sends it
// on a channel, logs it) and ends with a return, as a worker gives up (lf's
// file copier: "errs <- err; w.Close(); os.Remove(dst); return", picoclaw's
// download: `out.Close(); os.Remove(path); log(err); return ""`): the function
// is already failing, and a second failure while cleaning up or reporting the
// first has nowhere to go. Nor is a drop that a comment on its line, or alone
// on the line above, explains (one that mentions an error, a failure, ignoring
// or a best effort: "// ignore errors: the cache is rebuilt on start").
//
// A package's own plumbing is not reported: calls of its unexported functions
// and of methods of its unexported types, calls through its own interfaces, and
// calls of its func values (closures, local helpers). The author controls both
// sides, and on real code these drops are deliberate far more often than not
// (nats-server drops the errors of its own raft and store interfaces by
// design). Its exported functions, and every other package's, are reported.
//
// Not reported, by default (the exclusions, in errcheck's syntax where they are
// names): writes to in-memory buffers, which always return nil ((*bytes.Buffer)
// and (*strings.Builder) Write, WriteByte, WriteRune, WriteString;
// io.WriteString and fmt.Fprint, Fprintf, Fprintln to either, and any Print...
// or Fprint... function or method given one, such as a pretty-printer's
// Print(&buf, node)); hashes, whose Write "never returns an error"
// ((hash.Hash).Write, also through hash.Hash32 and hash.Hash64, the Write of
// any type that has hash.Hash's methods, such as xxhash's and highwayhash's
// digests, (*hash/maphash.Hash) writes, crypto/sha3's SHA3 and SHAKE, and
// fmt.Fprint* or io.WriteString to a hash.Hash); crypto/rand.Read, which
// crashes instead of failing since Go 1.24, and math/rand's Read, which always
// returns nil; fmt.Print, Printf, Println and fmt.Fprint* to os.Stdout and
// os.Stderr, and their own Write and WriteString methods, since a program has
// nowhere else to report a failed write to its own output, and likewise the
// Flush of a bufio.Writer or tabwriter.Writer that the function made over
// os.Stdout or os.Stderr; the writes of a *bufio.Writer (and fmt.Fprint* or
// io.WriteString to one), which keeps its first error and returns it from
// Flush, and of a *text/tabwriter.Writer, which holds its text until Flush (an
// unchecked Flush is reported); (*io.PipeReader) and (*io.PipeWriter)
// CloseWithError, which always return nil; (compress/flate.Resetter).Reset,
// which always returns nil for flate's decompressor (and for
// klauspost/compress's drop-in flate); errors.AsType, whose error result is the
// value asked for; writes to an http.ResponseWriter (Write, fmt.Fprint*,
// io.WriteString, io.Copy) and io.Copy to os.Stdout or os.Stderr, which fail
// only when the reader has gone; io.Copy to io.Discard, which drains a body
// that is thrown away; (*os.Process) Kill, Signal and Release, syscall.Kill and
// golang.org/x/sys/unix.Kill, which fail when the process has already gone;
// (*flag.FlagSet).Parse, since a FlagSet made with ExitOnError
// (flag.CommandLine and nearly every other) exits instead of returning, and one
// made with ContinueOnError prints the error and usage itself; (*os/exec.Cmd)
// Run and Wait, whose error is the exit status of a command run for its side
// effect (a hook, a notification, a terminal title) and ignored on purpose (an
// unchecked Start, which leaves the command's pipes dead, is reported);
// os.Unsetenv, which fails only for a name with "=" in it, and os.Setenv with a
// constant valid name, which fails only for a NUL in the value; os.Mkdir and
// os.MkdirAll: if making a directory fails, creating something in it fails
// next, and that is checked, and a directory made for its own sake (an
// archive's directory entry, as micro's Unzip and eget's extractor make) loses
// only an empty directory (5 such drops on lists 1 and 2 and their tuning, none
// a defect); and log's Output, since a failed log write has nowhere else to go.
// Nor are: writes to a destination of interface type (fmt.Fprint, Fprintf,
// Fprintln, io.WriteString and io.Copy to one, or its own Write, WriteString,
// WriteByte, WriteRune), since behind an io.Writer there is a buffer, a
// response, a terminal or a multipart part far more often than a file, nor
// writes to an *os.File that the function did not make for output: a parameter
// (a prompt written to the terminal a caller hands in, as age's term package
// and many CLIs' status printers do: the caller owns the stream, as it would an
// io.Writer), or a file opened for writing with a constant flag that has none
// of O_CREATE, O_TRUNC and O_APPEND, which must exist already and is written
// from its start (a device: the /dev/tty that age and gocui open, age's
// CONOUT$, containerd's loop control device, a serial port; whatever its name:
// a file opened with O_TRUNC is output), nor their Close (writes to a file the
// function made, to a field or to a global of a concrete type are reported),
// nor any other Write... method of an interface value that is an io.Writer too
// (a protocol's response writer, as a DNS server's WriteMsg), which fails only
// when the peer has gone; the connection deadline setters SetDeadline,
// SetReadDeadline and SetWriteDeadline, which fail only on a closed connection,
// as the next read or write will; UnreadByte and UnreadRune, which undo the
// read just made and so cannot fail; an option applied at once (Env(nil)(r))
// whose maker, a function of this package, only ever returns function literals
// that only ever return nil; and the calls below that never fail.
//
// A function of the module under analysis whose every return gives a literal
// nil error (or the result of another such function) never fails: calls to it
// are not reported, in its own package or, through an analysis fact, in any
// other package of the same module (the module is the one the driver reports,
// go.mod's; without one, as in GOPATH mode or for the standard library, only
// calls within the same package). A function of a dependency is reported
// however its current body looks: its signature is its contract, and its next
// version may start failing. Neither is a function whose body may be replaced
// by another build (its file has a //go:build line or a _GOOS or _GOARCH name),
// one with a bare return, or one whose named error result a defer may set (a
// deferred function literal or func value, a deferred call given an address, or
// &err taken anywhere; a deferred mu.Unlock() cannot); and a call through an
// interface is never exempt. Nor is fmt.Fprint* or io.WriteString to a value of
// concrete type whose Write (WriteString) is such a function: lazygit's gocui
// views append to their lines and return nil. Likewise, a function of the
// module whose every failure is a failed write to a writer of interface type
// (it returns nil, the error of fmt.Fprint*, io.WriteString or io.Copy to an
// interface or of the interface's own Write methods, or the error of another
// such function) is taken as that write, which is not reported: kubectx's
// printer.Warning(stderr, ...) writes one line to the writer it is given (facts
// carry this across the module's packages, as for functions that never fail). A
// function of this module whose error this package drops at two or more call
// sites and checks at none is taken to return an advisory error (a metrics
// client, a best-effort notifier) and is not reported; so is one that this
// package drops at more call sites than it checks. Called once, or checked at
// least as often as dropped, it is reported.
//
// Cleanup. A deferred call runs on every way out, failures included, so it is
// reported only when it completes work whose failure loses it: Flush, Sync,
// Commit, or one of the calls reported everywhere above (defer w.Flush() in a
// function that returns an error is a classic lost write). Teardown calls,
// functions and methods with a single error result whose name starts (in any
// case) with Close, Stop, Shutdown, Remove, Delete, Purge, Unsubscribe,
// Disable, Release, Cleanup, Teardown, Destroy, Rollback or Abort (os.Remove
// and os.RemoveAll among them), are not reported in a defer statement, nor
// elsewhere, except a Close, outside defer, of a file that the function opened
// for writing, wrote to and did not Sync (a Sync whose own error is dropped
// does not count) (deferred, too, in a function that returns an error, or that
// hands failures on through its other results, one of its returns ending the
// body of an "if err != nil" (picoclaw's download returns "" for its local
// path), and closes the file nowhere else with its error checked: defer
// f.Close() after writing loses the failure of the last write, which many file
// systems report only at close), and not one whose next statement removes the
// file (os.Remove or os.RemoveAll of f.Name() or of the path it was opened by:
// a probe or a temporary file given up, as in gitleaks, whose content is
// discarded, so a failed close loses nothing; renamed into place, it is
// output): on real code nearly every Close is of a file opened for reading, a
// connection or a response body, where a failed close loses nothing, and a
// failed teardown leaves nothing to do. -errcheckcb.defer-close reports every
// deferred call and every teardown call.
//
// Tier: default.
//
// # Rule errcheckcb/blank
//
// An error result of a call assigned to the blank identifier (_ = f(), v, _ :=
// f(), _, _ = f(), var _ = f()) is reported unless a comment on the statement's
// lines, or a // comment alone on the line directly above it, says why: "v, _
// := strconv.Atoi(s) // empty means 0" passes, a bare "v, _ := strconv.Atoi(s)"
// does not (nor does a comment that says why in the places listed under
// Reasons). The blank shows the drop was meant; only the comment lets a reader
// tell a considered fallback from a forgotten failure. A comment that is only a
// tool directive (//nolint, //lint:ignore, //go:..., //nosec, //revive:...) is
// not a reason; "//nolint:errcheck // the file may be gone" is. The fix: handle
// the error, or write the reason.
//
// A blank that discards every result (_ = f(), _, _ = f()) is reported only
// where the bare call f() would be reported by errcheckcb/unchecked: not in a
// function without an error result, not for cleanup or the excluded calls, and
// not for a function of the module whose error the package discards, by
// statement or by blank, at two or more call sites and checks at none. The
// explicit blank must never be the worse choice: nor is it reported for the
// package's own plumbing, which errcheckcb/unchecked leaves alone as a bare
// call (an unexported function, a method of an unexported type or of one of the
// package's interfaces, a func value of the package). A blank that keeps
// another result (v, _ := f()) cannot be written any other way and is reported
// wherever the call can fail.
//
// Not reported: blanks that take something other than a call's error (map
// lookups, type assertions, channel receives, a variable: _ = err); calls
// excluded from errcheckcb/unchecked or never failing (see there); and calls
// that cannot fail as written, where the reason is visible at the call. Those
// are: error constructors (errors.New, errors.Join, errors.Unwrap, fmt.Errorf);
// reads from *bytes.Reader, *strings.Reader and *bytes.Buffer, which fail only
// with io.EOF, and their Seek with constant arguments; io.Copy, io.CopyN,
// io.CopyBuffer and io.ReadAll between in-memory buffers and readers;
// (*bufio.Reader).Peek of r.Buffered() bytes, or of a constant count inside "if
// r.Buffered() > n"; cipher and hash constructors (aes, des, chacha20,
// chacha20poly1305, highwayhash) whose key and nonce lengths are fixed by their
// types or slice bounds (sum[:] of a sha256.Sum256); json.Marshal and
// MarshalIndent of a value whose type always encodes (booleans, integers,
// strings, time.Time, in structs, pointers, slices, arrays and string- or
// integer-keyed maps; no floats, which may be NaN, no interfaces, custom
// marshalers or recursive types); strconv.Unquote of the Value of an
// *ast.BasicLit; types.Instantiate without validation, which "is guaranteed to
// not return an error"; compress/flate, gzip and zlib writers made with a
// constant valid level; parsers given constants (strconv's Atoi, Parse... and
// Unquote, time.Parse, time.ParseDuration, the net/url and net/netip parsers,
// net.ParseCIDR, net.ParseMAC, net.SplitHostPort, regexp.Compile, hex, base64
// and base32 DecodeString, path.Match, filepath.Match, mime.ParseMediaType,
// regexp.Match and MatchString with a constant pattern, and any package-level
// Parse..., Compile..., New... or Must... function outside the I/O packages
// whose name does not mention File, Glob, FS, Dir, Path, Dial, Open, Load or
// Read, such as semver.NewConstraint("*") or lru.New(128)); and pflag and cobra
// flag look-ups and markings by a constant flag name ((*pflag.FlagSet) Get...,
// Set, MarkDeprecated, MarkHidden, MarkShorthandDeprecated, SetAnnotation;
// (*cobra.Command) MarkFlagRequired, MarkPersistentFlagRequired,
// MarkFlagFilename, MarkFlagDirname, MarkFlagCustom,
// RegisterFlagCompletionFunc), which fail only for a flag that does not exist.
//
// Tier: strict (a team policy; run with -strict or -enable=errcheckcb/blank).
//
// # Rule errcheckcb/blank-lossy
//
// An error assigned to the blank identifier (_ = f(), n, _ := w.Write(b)) is
// reported when the call's failure loses data or leaves the system in a state
// the program does not expect: the must-check calls of errcheckcb/unchecked
// (os.WriteFile, os.Rename, os.Chmod and the others listed there, a file's
// Sync, syscall.Exec), a walk whose callback may fail, a write to a file that
// the package opened for writing, and a json, xml or gob decode, or
// json.Unmarshal or xml.Unmarshal, into a variable that is read after it (a
// partial value is used as if whole). The blank says the drop was meant, but
// not why, and here the drop costs data. The fix: handle the error, or say why
// in a comment.
//
// Not reported: a blank with a comment on the statement's lines or alone on the
// line above (any comment that is not only a tool directive), or a comment that
// says why in the places listed under Reasons; a blank in a block that already
// ends by returning an error or panicking (see errcheckcb/unchecked: the second
// failure has nowhere to go); a fallback whose next statement is an if that
// tests what the call gave ("n, _ := f.Write(b)" then "if n < len(b)", or a
// decode followed by a check of the decoded value: the zero or partial value is
// handled); a decode into a value never read after it; the Close of a file or
// sink written to (errcheckcb/blank-close, strict); every other call (those are
// errcheckcb/blank's, strict).
//
// Tier: default.
//
// # Rule errcheckcb/blank-close
//
// The error of the Close of a file that the package opened for writing and
// wrote to, or of a write-only sink (a gzip or tar writer), assigned to the
// blank identifier without a reason: "_ = f.Close()", "defer func() { _ =
// f.Close() }()". Where the file is not synced and not closed elsewhere too, a
// failed close may lose the last writes, as the bare f.Close() that
// errcheckcb/unchecked reports does. But the blank is written on purpose: none
// of five on held-out code (gitleaks's report and temporary files, glow's and
// gum's written files) was a defect, so this is a policy ("say why you drop a
// close"). The same exemptions as errcheckcb/blank-lossy apply. The fix: handle
// the error, or say why in a comment.
//
// Tier: strict (a team policy; run with -strict or
// -enable=errcheckcb/blank-close).
//
// # Rule errcheckcb/empty-branch
//
// An error checked and then swallowed: "if err != nil {}" (or "if nil != err
// {}", with or without an else) with nothing inside the braces is reported. The
// check shows the error was seen, and the empty branch drops it without a word,
// so a reader cannot tell a considered fallback from a forgotten failure, and
// the code carries on as if the call had worked. The fix: handle the error, or
// say why in a comment inside the braces ("// a missing avatar is fine"); a
// comment on the lines of the if up to its closing brace ("if err != nil { /*
// best effort */", "} // ignored: the cache is optional") passes too; a tool
// directive alone does not (see errcheckcb/blank). Not reported: a branch with
// any statement in it, a test "err == nil", and a comparison with nil of a
// value whose type is not error itself (a pointer, a concrete error type).
//
// Tier: default.
//
// # Rule errcheckcb/callback
//
// A callback (a function literal, or a function or method of the package used
// as a value: passed, assigned, stored) whose error parameter its body never
// reads is reported at the parameter: the error its caller hands over is
// silently dropped. The fix: handle the error, or name the parameter _ if
// ignoring it is deliberate. An error parameter overwritten before it is read
// ("rel, err := filepath.Rel(root, path)" as the first statement) was never
// checked either, and is reported.
//
// Worse is a callback that uses a sibling parameter its caller documents as nil
// on error before it looks at the error: filepath.Walk, and every function that
// takes a filepath.WalkFunc (afero.Walk, a wrapper of your own), passes a nil
// info when Lstat fails, and filepath.WalkDir and fs.WalkDir (any
// fs.WalkDirFunc) pass a nil DirEntry when the root cannot be read, so
// info.IsDir() before "if err != nil" panics. That is reported when a method of
// the sibling is used before the first read of the error, when the only check
// of the error carries on to it ("if err != nil { log.Print(err) }" with no
// return, panic or exit inside), and also when the error parameter is named _
// or unnamed: renaming the error does not make the nil info safe. The fix:
// check the error first and return or skip.
//
// What counts as an explicit ignore, not reported: a parameter named _ or left
// unnamed (unless the nil sibling is then used); an empty body; a body that is
// a single return statement using no parameter ("return nil"); a callback that
// reads another of its error parameters (given a client and a server error, it
// chose which one matters); a callback that reads none of its parameters,
// except a walk function (it observes that something happened: a disconnect, a
// finished handshake); a sibling compared with nil before it is used ("if info
// == nil { return nil }" tests for the failure); and a callback passed to a
// function of this module that calls it only with a literal nil for that error,
// wherever it calls it, and never passes it on or stores it (gitleaks's
// scanTargets handles the walk's errors itself and yields "yield(target, nil)":
// there is no error to check). That is found in the function's body and carried
// to the module's other packages by a fact; a function that passes the callback
// on, or one of another module, is not trusted. Any read counts as a check: an
// error handler that only logs the error, or passes it on, reads it. Only
// parameters of the error interface count, not concrete error types; declared
// functions count only where used as a value, not where merely called; a use
// inside a nested function literal is not taken to come before the check, since
// when it runs is unknown. In test files (with -errcheckcb.tests) only the
// panic is reported: a test's callbacks are mostly stubs whose signature the
// API under test forces.
//
// Tier: default.
package errcheckcb
