// Package errcheckcb defines an Analyzer that reports ignored errors.
//
// # Analyzer errcheckcb
//
// errcheckcb: report errors that are ignored, dropped without a reason, or never checked in a callback
//
// An ignored error turns a failure into silent data loss or a later panic far
// from its cause. errcheckcb reports seven forms of it, one rule each: a
// dropped error whose failure loses data written or makes later code wrong
// (errcheckcb/unchecked), any other error discarded by a statement
// (errcheckcb/unchecked-any, strict), the error of a write to a file written
// or of a walk assigned to _ without a reason (errcheckcb/blank-lossy), the error of the Close of a file written to
// assigned to _ without a reason (errcheckcb/blank-close, strict), any other
// error assigned to _ without a reason (errcheckcb/blank, strict), an error
// checked and then swallowed by an empty branch (errcheckcb/empty-branch), and
// a callback's error parameter never checked (errcheckcb/callback). No rule
// reports in generated files ("// Code generated ... DO NOT EDIT."), nor,
// without -errcheckcb.tests, in _test.go files. Only errcheckcb/empty-branch
// and errcheckcb/callback (its nil-entry panic only) report in test support:
// a package one of whose non-test files imports testing or a test framework
// (testify, gomega, ginkgo, gocheck, gotest.tools) holds fixtures, fakes and
// helpers, whose failures end in a failed test, not in lost data. Importing a
// package that has test helpers of its own does not make a package test
// support.
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
// 560 findings were in tests). -errcheckcb.exclude takes comma-separated calls whose error may go unchecked,
// in errcheck's syntax: pkg/path.Func, (*pkg/path.Type).Method,
// (pkg/path.Interface).Method, each optionally followed by the static type of
// its first argument in parentheses (fmt.Fprintf(*os.File), or os.Stdout,
// os.Stderr, io.Discard by name), as in errcheck's exclude file; it may be
// repeated. -errcheckcb.exclude-file names a file of such entries, one a line;
// blank lines and // comments are skipped. Both add to the default exclusions
// of the unchecked rules, and apply to errcheckcb/blank too. The file is read
// when the flag is parsed, relative to the current directory (use an absolute
// path with go vet, which runs the tool in each package's directory).
//
// A //nolint:errcheck directive, from a codebase moving over from errcheck,
// silences every rule but errcheckcb/empty-branch and errcheckcb/callback, as
// //nolint:errcheckcb does.
//
// No option switches a rule on or off: -disable=ID turns one off
// (-disable=errcheckcb the analyzer), and -enable=ID or -strict turns on the
// strict errcheckcb/unchecked-any, errcheckcb/blank and errcheckcb/blank-close.
//
// # Rule errcheckcb/unchecked
//
// A dropped error (a call's error result discarded by an expression, go or
// defer statement) is reported when types and data flow show that its failure
// loses data the function wrote or makes the code after it wrong:
//
//   - the Close of a file that the function opened for writing and wrote to
//     (os.Create, os.CreateTemp, os.OpenFile with a write flag and O_CREATE,
//     O_TRUNC or O_APPEND, or a flag that is not constant; or opened without
//     them and then truncated, seeked or written at an offset: a data file
//     rewritten in place), also through a struct field the file was stored in
//     ("l.out.Close()"), or of a write-only sink that it made and closes (a
//     value of a pointer to a named type outside os, io, net and bufio with a
//     Write... method that is not given an io.Writer (WriteTo and a line
//     editor's WriteHistory(w) write the value out: go-delve/delve's deferred
//     Close of a liner.State lost nothing), or made by a call given an
//     io.Writer that cannot be read, a Close method returning an error, and
//     no Read, SetDeadline, SetReadDeadline or RemoteAddr method (no
//     connection: a websocket's Conn reads messages, not bytes): a gzip or
//     tar writer, a cloud storage object's writer, a parquet file writer, whose Close writes the trailer or commits the upload) whose
//     output the function produces (see below), or of such a value that can
//     also be read at an offset (a ReadAt method: a remote file handle) when
//     the function writes to it (a Write... or ReadFrom method, or given as
//     an io.Writer to a method or package function: fmt.Fprintf(h, ...); p9's
//     9P file bound to an extended attribute, only read with ReadAt and then
//     closed, lost nothing): a failed close can lose the last writes, which
//     many file systems report only at close;
//   - the Sync or Flush of such a file or sink, or of a buffered writer (a
//     value with Flush() error made by a call given an io.Writer) whose
//     output the function produces (w := bufio.NewWriter(f); defer
//     w.Flush());
//   - a write to such a file (Write, WriteString, WriteAt, ReadFrom,
//     fmt.Fprint*, io.WriteString, io.Copy into it), and os.WriteFile; writes
//     to a sink are not, since a sink keeps its first error for Close;
//   - filepath.Walk, filepath.WalkDir and fs.WalkDir, whose error is the
//     callback's (not when the callback is a function literal that only ever
//     returns nil, filepath.SkipDir or fs.SkipAll: the walk cannot fail);
//   - a call of a function of this package that stores into what one of its
//     pointer arguments points to, when the caller uses that variable after
//     the call, in a function with an error result: on failure the value is
//     stale or half-filled and used as if whole (restic's fuse directories
//     dropped updateSnapshots's error and listed stale snapshots).
//
// Where a sink's or buffered writer's output goes is followed by data flow
// through the writers it was made over or Reset to (a conversion, a writer
// made over writers such as io.MultiWriter, a local variable's assigned
// values): the function produces output when it goes to a file opened for
// writing, to a sink or buffered writer over one, to a writer the caller
// handed in (a parameter, or a field of one: gofs's zip stream written into
// the caller's writer), or when the sink is made over no writer (a storage
// object's writer). Not where it goes to a connection (a value with
// net.Conn's methods: fasthttp's pipelined request writer, whose failure
// surfaces on the reading side), a pipe (*io.PipeWriter, net.Pipe's ends: the
// reader has gone), the console (os.Stdout, os.Stderr: tablewriter's table,
// as unchecked as fmt.Print), a text table (*text/tabwriter.Writer) over
// writers the caller handed in only (a listing for the caller's reader:
// docker/buildx, moby/buildkit, spdx/tools-golang), memory (*bytes.Buffer, *strings.Builder,
// io.Discard: gomplate's and lazygit's yaml.NewEncoder(&buf)), nil, or a
// writer the function's data flow does not show (a receiver's field, a
// function's result): those drops are errcheckcb/unchecked-any's.
//
// Not reported here: a go statement. A goroutine's error cannot be passed
// on, but whether losing it loses anything depends on what the function
// did with its failures first, which its signature does not show: on
// held-out code the go statements reported were false more often than real
// (colly's fetch hands its failures to the user's callbacks; opcua's
// RegisterConn logs its only, practically unreachable, failure; real ones
// were goreman's startServer and miniflux's FlushHistory, on tuning code),
// so every go statement is errcheckcb/unchecked-any's.
//
// Writes, closes and flushes are reported wherever they are; a deferred Close,
// Sync or Flush only in a function that returns an error, or that hands
// failures on through its other results (one of its returns ends the body of
// an "if err != nil"), and a deferred Close only when the file is closed
// nowhere else with its error checked; a call in a deferred function literal
// (defer func() { if f != nil { f.Close() } }()) is a deferred call of the
// function around the defer (moby/buildkit's cleanup of a download that the
// success path closes, checks and sets to nil). Not reported: a Close of a file only
// ever closed or truncated (a synchronous ftruncate: asciich's emptied file,
// buildah's disk image), or synced with the Sync checked; one whose next statement
// removes the file (os.Remove or os.RemoveAll of f.Name() or of the path it
// was opened by: a probe or a temporary file given up, a log unlinked at once
// after "defer f.Close()" for a child to write), or of a file that a deferred
// call removes so when the function returns (a temporary file used by name
// meanwhile: hashicorp/packer's diff inputs and plugin probe,
// kovidgoyal/imaging's ImageMagick input); writes to a file the
// function did not make for its output (an *os.File parameter, whose caller
// owns the stream, or one opened for writing with none of O_CREATE, O_TRUNC
// and O_APPEND, which must exist already: a device such as /dev/tty or a
// serial port). The fix: handle the error, return it, or assign it to _ with a
// comment saying why; where the statement starts its line, a suggested fix
// replaces f() with "if err := f(); err != nil { return <zero values>, err }"
// (none for go and defer).
//
// Neither unchecked rule reports: results of a concrete error type (only an
// interface, error or one that embeds it, counts); a drop in a block that ends
// by returning an error (a sentinel, a constructed error, or the variable an
// enclosing "if err != nil" tested) or by panicking, or in the body of an "if
// err != nil" that hands err on (sends it on a channel, logs it) and ends with
// a return: the function is already failing, and a second failure has nowhere
// to go; a Close directly in the body of an "if err != nil" (a rename or a
// write failed: the file is given up, and its Close loses nothing more,
// whatever the function does next: readline, crowdsec); a drop that a comment on its line, or alone on the line above,
// explains (see Reasons); the exclusions, in errcheck's syntax where they are
// names: writes to in-memory buffers ((*bytes.Buffer) and (*strings.Builder)
// writes, fmt.Fprint* and io.WriteString to one, and any Print... or Fprint...
// call given one); hashes, whose Write "never returns an error"
// ((hash.Hash).Write, the Write of any type with hash.Hash's methods,
// hash/maphash, crypto/sha3, fmt.Fprint* to a hash.Hash); crypto/rand.Read,
// which crashes instead of failing, and math/rand's Read; fmt.Print* and
// fmt.Fprint* to os.Stdout and os.Stderr; the writes of a *bufio.Writer, which
// keeps its first error for Flush, and of a *text/tabwriter.Writer, which
// holds its text until Flush; CloseWithError of io pipes, flate's
// Resetter.Reset and errors.AsType, which always return nil; os.Unsetenv, and
// os.Setenv with a constant valid name; UnreadByte and UnreadRune, which undo
// the read just made; an option applied at once (Env(nil)(r)) whose maker, a
// function of this package, only ever returns function literals that only
// ever return nil; and the calls below that never fail.
//
// A function of the module under analysis whose every return gives a literal
// nil error (or the result of another such function) never fails: calls to it
// are not reported, in its own package or, through an analysis fact, in any
// other package of the same module (the module is the one the driver reports,
// go.mod's; without one, only calls within the same package). A function of a
// dependency is reported however its current body looks: its signature is its
// contract. Neither is a function whose body may be replaced by another build
// (its file has a //go:build line or a _GOOS or _GOARCH name), one with a bare
// return, or one whose named error result a defer may set (a deferred function
// literal or func value, a deferred call given an address, or &err taken
// anywhere; a deferred mu.Unlock() cannot); and a call through an interface is
// never exempt. Nor is fmt.Fprint* or io.WriteString to a value of concrete
// type whose Write (WriteString) is such a function: lazygit's gocui views
// append to their lines and return nil.
//
// Every other drop is errcheckcb/unchecked-any's (strict). Evidence: on
// held-out list 4, every real unchecked finding but a panic and a lock was the
// Close of a file or archive writer written to; the other drops were a long
// tail of deliberate best efforts (progress written to a client, Unlink of
// paths that may be missing, go SdNotify(...) of a dependency, retry helpers
// whose closure keeps the error, a decode followed by a check of the decoded
// field), which no list of exemptions covered on unseen code.
//
// Tier: default.
//
// # Rule errcheckcb/unchecked-any
//
// Every other call whose error result is dropped by an expression, go or
// defer statement, wherever it is: errcheck's policy, for teams moving from
// errcheck (-strict or -enable=errcheckcb/unchecked-any). A drop is this
// rule's when errcheckcb/unchecked does not report it and it is not left out
// by what neither rule reports (see errcheckcb/unchecked): a deferred Close of
// a file opened for reading, os.Remove, os.Chmod, os.Rename, a decode or
// json.Unmarshal, exec.Cmd's Run, a write to an io.Writer or os.Stdout's own
// Write, a go statement (go http.ListenAndServe(addr, h), go s.serve()),
// the package's own functions. The fix: handle
// the error, or assign it to _ with a comment saying why.
//
// Tier: strict (a team policy; run with -strict or
// -enable=errcheckcb/unchecked-any).
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
// A blank that discards every result (_ = f(), _, _ = f()) is the explicit
// form of the bare call f(), which in general only errcheckcb/unchecked-any
// reports: it is reported only while that rule is on too (as -strict turns
// both on), and not on an error path, so that the explicit blank is never the
// worse choice (its lossy forms are errcheckcb/blank-lossy's and
// errcheckcb/blank-close's). A blank that keeps another result (v, _ := f())
// cannot be written any other way and is reported wherever the call can fail.
//
// Not reported: blanks that take something other than a call's error (map
// lookups, type assertions, channel receives, a variable: _ = err); calls that
// neither unchecked rule reports (see errcheckcb/unchecked); and calls
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
// The explicit form of errcheckcb/unchecked's writes and walks: an error
// assigned to the blank identifier (_ = f(), n, _ := w.Write(b)) of a write to
// a file that the package opened for writing, of os.WriteFile, or of a walk
// whose callback may fail. The blank says the drop was meant, but not why, and
// here the drop costs data. The fix: handle the error, or say why in a
// comment.
//
// Not reported: a blank with a comment on the statement's lines or alone on the
// line above (any comment that is not only a tool directive), or a comment that
// says why in the places listed under Reasons; a blank in a block that already
// ends by returning an error or panicking (see errcheckcb/unchecked); a
// fallback whose next statement is an if that tests what the call gave ("n, _
// := f.Write(b)" then "if n < len(b)"); the Close, Sync or Flush of a file or
// sink written to (errcheckcb/blank-close, strict); every other call (those are
// errcheckcb/blank's, strict).
//
// Tier: strict (a team policy; run with -strict or
// -enable=errcheckcb/blank-lossy). The blank is written on purpose, and on
// code nobody here had tuned on it was a defect 3 times in 17 (held-out
// rounds 3, 4, 12 and 16: a cache key, keys read back at once, a display
// walk, temporary diff inputs): saying why is the seed's policy.
//
// # Rule errcheckcb/blank-close
//
// The error of the Close (or Sync, Flush) of a file that the package opened
// for writing and wrote to, or of a write-only sink (a gzip or tar writer),
// assigned to the blank identifier without a reason: "_ = f.Close()", "defer
// func() { _ = f.Close() }()". Where the file is not synced and not closed elsewhere too, a
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
// any statement in it, a test "err == nil", a comparison with nil of a
// value whose type is not error itself (a pointer, a concrete error type), and
// an error assigned, in the if's init or by the statement just before it, by a
// call of a function of the module that never fails (see errcheckcb/unchecked:
// the branch cannot run; asciichgolangpublic's GetNativeNamespace).
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
// or unnamed: renaming the error does not make the nil info safe. A use that
// runs only when the error is nil is safe and not reported: after "err == nil
// &&", in the body of "if err == nil", in the else of "if err != nil" (gofs:
// "if err == nil && !info.IsDir()" in held-out list 5). A use that runs only
// when the error is set, after "err != nil &&" or in the body of "if err !=
// nil", panics whenever the sibling is nil, and is reported even though the
// error was read first ("if err != nil && info.IsDir() { return
// filepath.SkipDir }"), unless the sibling is compared with nil first. The fix: check the
// error first and return or skip.
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
// on, or one of another module, is not trusted. Nor is a callback reported
// whose every call, found by following it in its package through the
// parameters, variables and unexported fields it is stored in, passes an
// error its caller keeps (a field, a variable the caller reads after the
// call, or a parameter whose every caller passes a kept error): a hook called
// with the error its owner keeps in a field, or a default strategy in a config
// field called with an error the caller then passes on (asynq's
// DefaultRetryDelayFunc) is not the error's only owner. A callback that
// reaches another package, an exported field, a map or a return is reported
// as before. Any read counts as a check: an
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
