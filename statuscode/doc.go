// Package statuscode defines an Analyzer that reports HTTP error paths that
// do not answer with an error status.
//
// # Analyzer statuscode
//
// statuscode: report HTTP error paths that answer 200 OK
//
// A handler's `if err != nil { log.Print(err); return }` sends 200 OK with an
// empty body: clients, dashboards and alerts count the failure as a success.
// statuscode follows the paths of every handler (a function, method or
// literal with an http.ResponseWriter parameter, or a wrapper of one: a
// struct or interface that embeds http.ResponseWriter, as frameworks'
// writers do; ServeHTTP methods, HandleFunc literals, gorilla/mux and chi
// handlers included; not gin's or echo's) with the control-flow graph, and
// reports nine defects, one rule each (listed below).
//
// An error branch is one taken because an error is non-nil: `if err != nil` (any
// name, any error-typed expression or pointer to an error type, possibly `&&
// more`), `if err := f(); err != nil`, `case err != nil`, the else of `if err ==
// nil` (or, when that if has no else and ends in a return, the rest of its
// block, unless the if answers an error: `if err == nil { 403 }` after os.Stat,
// restic), and `errors.Is`/`errors.As`/`os.IsNotExist` conditions. A context's
// Err() and errors.Is(err, context.Canceled) are not: the client went away. An
// error branch that cannot run is not followed, and no rule reports inside it:
// the error tested is the result of a static call of a function of the module
// that never fails (every return gives a literal nil error, or the result of
// another such function; the facts errcheckcb uses too; or json.Marshal of a
// value whose type always encodes), either compared directly (`if cache.Reset()
// != nil`) or assigned by the statement just before the test (`if err :=
// cache.Reset(); err != nil`, `err := cache.Reset()` then `if err != nil`). A
// call through an interface, or to another module (whose next version may fail),
// is followed. Writing the response means a call on the writer (Write,
// WriteHeader), http.Error, http.NotFound, http.Redirect,
// http.ServeContent/ServeFile, fmt.Fprint*(w, ...), io.Copy(w, ...), an encoder
// or template on w, a helper, or a flush (`if f, ok := w.(http.Flusher); ok {
// f.Flush() }`: net/http's writers all flush). A call given the writer that
// returns a value writing to it later writes nothing: a function or method with
// no body in the package and no fact (another module's, or the standard
// library's) that takes the writer as an interface such as io.Writer (given the
// http.ResponseWriter itself, it could send the status) and whose first result
// implements io.Writer or has an Encode method (json.NewEncoder(w),
// bufio.NewWriter(w), brotli.NewWriterLevel(w, l), zstd.NewWriter(w)), and
// Reset(w) of such a type (a pooled writer), and, by name, four standard
// functions the types cannot tell (csv.NewWriter, multipart.NewWriter,
// NewResponseController, MaxBytesReader); writes through that value are the
// body's. Another module's function given the writer that returns no such value
// (`page.Render(w, v) error`) may write, and counts as a write. For every
// function that takes an http.ResponseWriter, statuscode exports a fact saying
// what it does to the writer on all paths that return (writes an error status
// first, writes a status first, writes a body first, never writes, writes an
// error status or nothing (a helper that answers only when it fails); anything
// else is "may write"), so that respond.InternalError(w, r, err) in another
// package is understood. A helper that writes the status it is given
// (writeError(w, code, msg)) also names that parameter in its fact, and a call
// that passes a constant >= 400 there writes an error status; the fact also says
// whether a body follows the status on every path (then the helper's error
// response is complete, and a body written after it is a second write), or on
// every path where an error parameter is not nil (body-if-err: complete where
// the caller passes errors.New/fmt.Errorf, or err inside `if err != nil`), and
// whether it sets a header before its first write on every path (header-first);
// a status taken from an error value (apiErr.Status, where the type implements
// error) is an error status, and so is one that came back beside an error
// (`status, err := fn(w, r)`, or the status field of a result returned with the
// error): the status that goes with the failure. A value returned beside the
// writer (`user, ok := checkSession(w, r)`) is taken to hold the writer only if
// its type can (an interface, a function, or a struct with such a part): plain
// data does not hide later writes. A local closure that uses the writer (`reply
// := func(code int, msg string) {...}`, defined once; or one that calls such a
// closure: bad(msg) calling logAndError(400, msg)) is not a write where it is
// defined; each call is judged by the closure's own summary, like a helper's,
// with the status it is given. On a wrapper writer, reading or setting a field
// that cannot hold a writer (`cw.account = d`) and calling one of the wrapper's
// methods that only does that are not writes. A call of a function-valued
// parameter (`next()`, a callback the caller passed in) may be the wrapped
// handler closed over the writer: it counts as a write. A result of a struct
// type whose only interface parts are payloads of type any (an adapter's
// `Response{status, response any}`) is data, not a holder of the writer.
//
// A deferred function literal that uses the writer (a recover handler) runs
// after every request. One that writes an error status first on every path,
// in a handler that also writes elsewhere, answers every request twice
// (reported by statuscode/late-header); in one that tests recover()'s result
// (`if v := recover(); v != nil`), the branch taken on a panic is an error
// branch, and a body written there before any status is reported by
// statuscode/panic-200, the recovered value counting as the error it carries.
//
// Calls that never return end their path: os.Exit, log.Fatal* and
// log.Panic*, runtime.Goexit, the Fatal/Exit/Panic functions of zap, logrus,
// klog and glog (a table: extinct's loader type-checks dependencies without
// bodies, so ctrlflow has no facts for them), and functions of the module
// that always reach one of those or panic (a fact, exported for every
// package). ctrlflow's graphs and its never-returns results are used as they
// are; statuscode builds a graph of its own only for a function that calls
// one that ctrlflow does not know never returns (one of the table, or one
// whose fact says it was derived from the table). A call it cannot judge (an
// interface method such as next.ServeHTTP, a function value, a helper
// without a fact, the writer stored in a wrapper it cannot follow, a method
// of a value holding a writer in a field or a call given one: plik's
// ctx.BadRequest) counts as a write: when unsure, it stays silent. An
// interface method that takes the writer and an error and returns nothing
// answers that error in full (herodot's WriteError: hydra, kratos). Paths where something was already
// written before the error branch (a streaming response, or an error that
// came from writing the response itself, as in `if err :=
// json.NewEncoder(w).Encode(v); err != nil`) are not judged: there is
// nothing left to send. The facts and the paths are computed once, when any
// of the rules that follow paths (no-status, body-200, panic-200,
// missing-return, late-header, log-continue) runs.
//
// Flag -statuscode.internal-error-func=pkg/path.Func[,...] names the team's
// one function for answering 500 (it logs and counts every 500 in one
// place). When set, rule statuscode/unified-500 reports a direct
// http.Error(w, ..., 500) or WriteHeader(500) outside those functions, and
// no-status's fix calls the first function instead of http.Error, when its
// parameters are among ResponseWriter, *Request and error and the file
// imports it.
//
// Nothing is reported in _test.go files, nor in test-support code: a file that
// imports testing, and every file of a package where more than half of the
// non-test files do, or whose name or last path element ends in test, tests,
// testing or testutil, or below the module's test or tests directory
// (oathkeeper's and supertokens' test servers): fake servers misbehave on
// purpose (a status of 0, a late header, 200 on failure) to test clients. A
// production package with one such file is judged in its other files.
//
// A branch that panics is not judged, by design: net/http recovers the
// panic and aborts the connection (or stream): the client sees a failure.
//
// # Rule statuscode/no-status
//
// An error branch reaches a return, or the end of the handler, on some path
// with nothing written (also inside a local closure over the writer that the
// handler calls last, with nothing written before: cortex). The client gets
// 200 and an empty body. Fix: answer before returning; the suggested fix inserts
// http.Error(w, http.StatusText(http.StatusInternalServerError),
// http.StatusInternalServerError) (importing net/http if needed) or the
// unified function (see the flag -statuscode.internal-error-func), when
// every path into that return is unwritten.
//
//	if err != nil {            =>   if err != nil {
//		log.Print(err)                  log.Print(err)
//		return                          http.Error(w, "...", http.StatusInternalServerError)
//	}                                   return
//	                                }
//
// Not reported: functions that return results (an adapter such as `func(w, r)
// error` or `func(w, r) (int, error)` hands failure to a central error writer:
// `return err` is right there; its wrapper is judged instead, see below);
// branches that panic or call log.Fatal; branches that redirect, call
// http.NotFound or a helper that writes (in this package or, through facts, in
// another); a deferred function that refers to the writer (it may answer for the
// error); a function that never writes the response on any path (a helper that
// only sets a cookie or a header: its caller answers); an error branch that
// carries on into more work instead of returning (statuscode/log-continue judges
// those); an error returned by a call that was given the writer (`who, err :=
// authenticate(w, r)`: it answered for its failure), unless it also returned a
// status (`status, err := fn(w, r)`: an adapter that hands its status to the
// wrapper, which must write it; the adapter counts as writing only on the paths
// where it succeeded; a function of this package returns a status only if some
// return fills the integer with a net/http Status constant, a literal 100..599
// or such a variable: sftpgo's `limit, offset, order, err := getSearchFilters(w,
// r)`); an error handed on rather than dropped, which is as good as returning
// it: the error, or an error value of its own (a code the dispatcher maps to a
// status: distribution), stored in a field (of the receiver or another value),
// an element, a variable declared outside the function, or a request context
// made with context.WithValue, where a dispatcher answers after the handler
// returns; a return in a select case that receives from a context's Done channel
// (`case <-r.Context().Done(): return`), in an if or a case (of a switch with
// no tag) that tests for a cancelled context (`if ctx.Err() != nil`), or in `if
// err := f(r.Context()); err != nil` where f, of the package, fails only with
// that context's Err() (a reference backend's delay): the client is gone; a
// branch that a path reaches after a status may have been sent (`if !sent {
// w.WriteHeader(c) }` before it), not counting a helper that writes only when it
// fails; a helper that is no handler (not func(w, r), no literal, never used as
// a value) and writes no status on any path, only bodies (an error chunk in its
// caller's stream): its callers own the status and judge the call.
//
// Tier: default.
//
// # Rule statuscode/body-200
//
// Error body with an implicit 200. On an error path a body is written
// (fmt.Fprint*(w, ...), w.Write, an encoder on w, a template, a helper that
// writes a body first) before any status. The client and monitoring see a
// success. Fix: http.Error, or w.WriteHeader(code >= 400) before the body.
// The body must carry the error (an error value or an error-like message):
// a default image or a cached copy served on failure is deliberate and not
// reported; neither is a body write with a comment on its line or alone on
// the line above (the protocol's way of answering errors, say).
//
// Also reported: the catch-all of an error handler (a function given the
// writer and an error parameter) that picks the status by the kind of
// error: in a switch or an if-else chain on the error parameter, the
// default clause or last else writes a body carrying the error before any
// status, while another case writes an error status. Those other cases are
// the evidence that the function answers errors with statuses; without
// them (a page that shows a job's last error) nothing is reported.
//
//	fmt.Fprintf(w, "error: %v", err)   =>   http.Error(w, err.Error(), http.StatusBadGateway)
//
// Tier: strict. Whether an error body with 200 is a defect depends on the
// client's protocol, which the handler's code does not show: an AJAX
// endpoint whose page script reads `{"error": ...}` whatever the status,
// or a protocol that answers errors as a line of text, is deliberate,
// while the same shape sent to a client that takes the text for the
// result is a defect. On trees nobody had tuned on, 1 of 10 findings
// over three rounds was a defect; turning the rule on is a team's
// policy (every failure gets an error status). The panic branch of a
// recover handler is not this rule's: see statuscode/panic-200.
//
// # Rule statuscode/panic-200
//
// A recovered panic answered with a body and an implicit 200. In a deferred
// function literal that tests recover()'s result (`if v := recover(); v !=
// nil`), the branch taken on a panic writes a body (an error page, the
// recovered value, a helper that writes a body first) before any status.
// The handler crashed, and the client and monitoring are told it
// succeeded. Fix: write an error status first
// (w.WriteHeader(http.StatusInternalServerError) before the page, or
// http.Error). Not reported: a recover handler that writes a status first,
// and the same deferred function without the recover() test (one that
// answers 500 after every request is statuscode/late-header's).
//
//	if v := recover(); v != nil {      =>   if v := recover(); v != nil {
//		renderPanic(w, v)                      w.WriteHeader(http.StatusInternalServerError)
//	}                                          renderPanic(w, v)
//	                                       }
//
// Tier: default. Unlike statuscode/body-200, no client protocol makes this
// deliberate: a panic is not an answer any protocol plans for, and a 200
// page hides the crash from every client and dashboard (gocraft/web's
// ShowErrorsMiddleware rendered its error page with 200 until the
// maintainers added the 500).
//
// # Rule statuscode/success-status
//
// http.Error or WriteHeader with a constant 2xx status in an `err != nil`
// branch (`http.Error(w, err.Error(), http.StatusOK)`), or an adapter (a
// function given the writer that returns a status and an error) returning a
// constant 2xx with the branch's error (`return http.StatusOK, err`): its
// wrapper writes that status for the failure. The client is told the failed
// request succeeded. Fix: a status of 400 or more. Not reported in
// errors.Is/errors.As branches or under a predicate given the error (`if
// database.IsEmptyRecord(err)`), where a specific error may well map to 204 or
// 304 on purpose, nor for 3xx (a login redirect), nor where a comment on the
// line or alone on the line above gives the reason (a webhook whose sender
// retries anything but 2xx; a protocol that answers errors as a line of text
// with 200): an explicit status with a comment is deliberate.
//
//	http.Error(w, err.Error(), http.StatusOK)   =>   http.Error(w, err.Error(), http.StatusInternalServerError)
//
// Tier: default.
//
// # Rule statuscode/missing-return
//
// A branch (of an if, else or case) writes an error status (http.Error,
// http.NotFound, WriteHeader(>= 400), a helper that writes one; in an error
// branch, any status: the one the error carries, openziti) and then, on some
// path, falls out of the branch to code that writes again: net/http logs "superfluous
// response.WriteHeader call" and the client may get a mixed body. Calling
// the wrapped handler (`next.ServeHTTP(w, r)`, `next(w, r)`) is such a
// write: middleware that answers 401 and still runs the handler. The same
// holds after http.Redirect, a complete response too: a redirect to the
// login page that falls through renders the private page into the
// redirect's body, and canonical-host middleware that redirects and still
// calls the wrapped handler runs it for nothing. Fix: return after writing
// the error (or the redirect). A body after a bare WriteHeader(>= 400)
// is the normal order and is not reported, nor a body that every path
// reaches with a status already written (an if-else picked the status on
// each path, `if err != nil { http.Error(...) } else { w.WriteHeader(200)
// }`, and the body after it goes with either: one status goes out, as in
// health handlers that pick 503 or 200 and then write one report); neither
// is a branch that also assigns a variable declared outside it (a flag or
// fallback the later code may test); a variable the branch defines (`dest
// := ...`) is not one. The suggested fix adds a return at the end of the
// branch where a bare return is valid (no results, or named results).
// Likewise, in such a branch, a call statement that drops both results of
// an adapter given the writer (a function returning a status and an error
// whose effect cannot be judged otherwise: it answers when it succeeds and
// hands back the status to write when it fails), followed on some path by
// another write: `if evil(r) { serveBomb(w, r) }; return next.ServeHTTP(w,
// r)` answers twice, or loses the failure status. Fix: return its results.
//
//	if err != nil {                                    =>   if err != nil {
//		http.Error(w, err.Error(), http.StatusBadRequest)       http.Error(w, err.Error(), http.StatusBadRequest)
//	}                                                           return
//	fmt.Fprint(w, result)                                   }
//
// Tier: default.
//
// # Rule statuscode/late-header
//
// w.Header().Set/Add/Del or http.SetCookie after WriteHeader or Write on
// every path to it (or straight after a bare status that missing-return
// does not report: athens): it has no effect. Fix: set headers before the
// first write. Not reported for
// trailers (in a function that declares a "Trailer" header, keys with
// http.TrailerPrefix, and keys that a function of the package announces in
// a "Trailer" header: a helper sets the value after the body), nor after
// a 1xx status such as 103 Early Hints.
// Likewise a status written (WriteHeader, http.Error) after a write on
// every path to it, the writer passed to an io.Writer helper included
// (`writeErr(w, msg); w.WriteHeader(400)`): the header went out with 200,
// the status is lost and net/http logs "superfluous response.WriteHeader
// call". Fix: write the status first. The same holds for a call, after the
// header was surely sent, of a function given the writer that writes a
// status first on every path that returns (its fact says so: a status, an
// error status, or the status it is given, as in `w.WriteHeader(202); if
// verbose { reply(w, r, res, 202) }` where reply encodes with a
// WriteHeader(code) first): its status is lost. Fix: write the status once,
// leaving it to the helper on that path. A status after a write on only some
// paths is not reported here (statuscode/missing-return judges an error
// response that falls through), nor one (or a header set) in the error
// branch of the write itself (`if err := enc.Encode(v); err != nil { http.Error(...) }`, or
// the rest of the block after `if err == nil { return }`): the
// write may have failed before sending anything (a value that does not
// marshal, a source that fails on its first read). That reason does not hold
// where the status had surely gone out before the write could fail, and there
// the status (or status-first or header-first helper) in the write's error
// branch is reported: a WriteHeader, http.Error or body write (w.Write,
// fmt.Fprint, an encoder's Encode) on every path to the write
// (`w.WriteHeader(200); if _, err := w.Write(b); err != nil { http.Error(w,
// ..., 500) }`), or the failing write is a helper that writes a status first
// on every path that returns (its fact says so: it writes its status, then the
// body, and returns the body's error). Still not reported: a header set before
// the write (not a write), a status before it on some paths only, an earlier
// io.Copy or writer handed to an io.Writer helper (it may have sent nothing),
// and a failing write that is itself the first write, whatever the value's
// type (json fails on a NaN or infinite float, a cycle, a failing Marshaler; a
// copy on a reader's first Read). Also reported: a deferred function that
// writes an error status on every path (a recover handler that does not test
// recover()'s result), in a handler that writes elsewhere: it writes after
// every response, not only after a panic. Fix: write only when recover()
// returns non-nil. And a call, after the header was surely sent, of a helper
// that sets a header before it writes on every path that writes (its fact says
// header-first: writeJSON sets Content-Type, then encodes; a path that fails
// before writing anything does not count): the helper's header is lost. A call
// of a method of an interface declared in the package counts as such a call
// when every implementation the package has (at least one, all with their
// bodies here) is header-first. Fix: call the helper before writing the
// status, or set the header first. A header set (or such a helper called) on
// some paths only after the status is reported when it is reached straight,
// with no decision in between, from a block that ended with a bare
// w.WriteHeader: `if err != nil { w.WriteHeader(500) }` falling through to
// `w.Header().Set("Content-Type", ...)` sends the error without its header. A
// later test (`if err == nil`, a flag) may tie the paths together, so it stops
// the search; an http.Error that falls through is missing-return's.
//
//	w.WriteHeader(http.StatusCreated)                  =>   w.Header().Set("Location", url)
//	w.Header().Set("Location", url)                         w.WriteHeader(http.StatusCreated)
//
// Tier: default.
//
// # Rule statuscode/log-continue
//
// Log and carry on. An `if err != nil` branch without else whose body only
// logs or counts (calls to a logger or a metric; no assignment, no return)
// at error level in a handler that then goes on to a success response,
// when the failed call also returned a value that the response then sends,
// itself or through values built from it (`reply := Reply{Name: it.Name}`)
// (`it, err := load(); if err != nil { log.Print(err) };
// json.NewEncoder(w).Encode(it)`): the client gets 200 with whatever the
// failed call left behind. Fix: answer with an error status and return, or
// assign an explicit fallback. Not reported: a branch that assigns a
// fallback (`size = 64`), a best-effort call that returns only an error (a
// cache write, a Close), a value that is only compared, a warning, info or
// debug log (the failure is tolerated on purpose), a branch inside a loop
// (skipping one bad item among many), a handler that answers with an error
// status later on every path, and, as for statuscode/no-status, a function
// that returns results, defers a call that refers to the writer, or never
// writes the response.
//
//	it, err := load(id)                =>   it, err := load(id)
//	if err != nil {                         if err != nil {
//		log.Print(err)                          log.Print(err)
//	}                                           http.Error(w, "...", http.StatusInternalServerError)
//	json.NewEncoder(w).Encode(it)               return
//	                                        }
//	                                        json.NewEncoder(w).Encode(it)
//
// Tier: default.
//
// # Rule statuscode/invalid-status
//
// A constant status outside 100..999 given to WriteHeader or http.Error:
// net/http panics at run time. Fix: use a constant (w.WriteHeader(4040) =>
// w.WriteHeader(http.StatusNotFound)).
//
// Tier: default.
//
// # Rule statuscode/unified-500
//
// A direct 500 that bypasses the team's function for answering 500. With
// -statuscode.internal-error-func set, a direct http.Error(w, ..., 500) or
// WriteHeader(500) outside the functions it names is reported: this failure
// is not logged or counted in the one place. Fix: call the first of those
// functions instead. Not reported: the 500s written inside those functions,
// and anything at all while the flag is unset (the rule is inert then).
//
// Tier: default.
package statuscode
