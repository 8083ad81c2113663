// Package debugprint defines an Analyzer that reports leftover debug output.
//
// # Analyzer debugprint
//
// debugprint: report leftover debug output: print and println, fmt.Print and stdout/stderr writes in library code, dump helpers
//
// A fmt.Println("here", x) forgotten in a library writes to the stdout of
// every program that imports it: it interleaves with the program's real
// output, corrupts output that other tools parse, and leaks data into logs.
// debugprint reports such output so that it cannot ship.
//
// No rule reports _test.go files (unless -debugprint.tests), Example
// functions, wherever they are, whose output is their contract, or
// generated files.
//
// Signs of deliberate output. A builtin print (debugprint/builtin) or
// library output (debugprint/library-output) is not reported when one of
// these signs shows that it is deliberate:
//
//   - It is gated by an output switch: it is inside an if whose condition is
//     constant false or names something with one of the words debug,
//     debugging, trace, tracing, verbose, verbosity, bench, benchmark, print,
//     show, dump, quiet or silent, or a string with one of them (if debug,
//     if opts.Verbose, if c.dnsDebugLevel > 1, if opts.PrintQuery, if
//     os.Getenv("APP_DEBUG") != ""; not if fingerprint != ""), or a
//     string in capitals with DEBUG, TRACE, VERBOSE, PRINT or DUMP run into
//     it (os.Getenv("GOPACKAGESPRINTDRIVERERRORS") != "").
//   - It is the last word of a program about to die: a later statement of its
//     block is select {} or calls panic or a function named Exit, Fatal,
//     Fatalf, Fatalln, Panicf, Panicln, Goexit, throw, die or abort (os.Exit,
//     log.Fatal, t.Fatal, the runtime's throw).
//   - It is in a function whose name says that printing is its job: one of
//     its words is print, printf, println, printer, dump, dumper, debug,
//     debugf, logger, tracer, trace, tracef, usage, help, log, logf, warn,
//     warnf, warning, show, display, report, error or errorf (PrintTree,
//     dumpState, Usage, warnUser, (*Scanner).error; not Blueprint or
//     Login). A function literal is named by the
//     variable or field it is assigned to (o.Printer = func(s string) {
//     fmt.Println(s) }).
//     The same holds for a print followed by a call of such a function of
//     its package, whose output it is part of (fmt.Fprintln(os.Stderr);
//     reportErrors(errs)).
//   - Its function's doc comment says that it prints: it has one of the
//     words prints, displays, shows, outputs, reports, dumps, stdout,
//     stderr, console or terminal ("CheckAccount shows information about
//     an account", "PromptInput displays the given prompt"), and none of
//     the words that mark debugging listed for comments below ("the prints
//     were left over from debugging" is no such sign).
//   - Its function is a method of an io.Writer (a type with
//     Write([]byte) (int, error)): the sink of a logger or a progress
//     display, which cannot report its own failure or progress through
//     itself.
//   - Its function has no effect but its prints: it is not an init
//     function, has no results, and its statements are fmt prints,
//     assignments to its own variables and the control flow around them
//     (a List method that prints the entries, a generator that prints what
//     it built). What it prints is its purpose.
//   - Its text is meant for the user: its first constant string starts with
//     the package's name, ignoring case, and a colon (the Go convention:
//     "dns: ..."), or with the package's name in brackets ("[dns] ..."),
//     the name of its directory counting as the package's name; or with
//     error, warning, warn, fatal, panic, deprecated, deprecation or GODEBUG
//     (in any case, followed by a colon, a space, ! or .); or it
//     addresses the reader (has the word please or you); or it is a
//     terminal control sequence (starts with ESC). A fmt.Sprintf(...)
//     argument is read by its format.
//     A function that writes such a message to stdout or stderr with fmt
//     is a reporter, and its other prints are part of the same output.
//   - For library output only (a builtin is not excused by a comment): a
//     comment on its line, or alone on the line above, says why it writes
//     there: it speaks of the output (one of the words stdout, stderr,
//     print, prints, printing, output, console, terminal, screen, user,
//     users, display, show, shows, warn, warning, warnings, notify, report,
//     reports or progress: "// Note: explicitly using Stderr, as Stdout is
//     our HTTP output"), is not commented-out code and has none of the
//     words debug, debugging, todo, fixme, xxx, hack, temp, temporary or
//     remove.
//
// Words are split at underscores and upper-case letters: dnsDebugLevel is
// dns, debug, level; HTTPLog is http, log.
//
// The suggested fix, for every rule, deletes the call when it is a whole
// statement on lines of its own and deleting it cannot change what the
// program does: its arguments are identifiers, literals, field reads,
// conversions, map reads, len and cap and the like, never another call, a
// receive or an index that may panic. If the call was the last use of an
// import in its file, the fix removes the import too. No fix is offered
// when the call was the last read of a local variable (the program would
// not compile), when the file uses a dot import, or when the deletion
// would make gofmt realign the comments around it.
//
// Flags: -debugprint.funcs=pkg/path.Func,pkg/path.Type.Method reports more
// functions as debug output, in every package ((*pkg/path.Type).Method is
// accepted too), under debugprint/dump. -debugprint.allow=pattern,... names
// packages (a path, or path/... for a tree) where writing to stdout and
// stderr is legitimate: debugprint/library-output treats them like package
// main. -debugprint.tests also checks _test.go files, for every rule
// (Example functions stay exempt). No flag turns a rule on or off: that is
// -enable=ID and -disable=ID.
//
// # Rule debugprint/builtin
//
// The builtins print and println are reported in every package, package
// main included: they write unbuffered to stderr, cannot be redirected, and
// are no logging API, so a call of them is a leftover that clutters the
// output of every program running the code. Remove it, or use a logger.
//
// Not reported: the standard library's packages that do not import os (the
// runtime and the packages below it), where print is the only output there
// is; test support (as debugprint/library-output defines it), which is
// treated like a _test.go file; and a builtin that one of debugprint's
// signs of deliberate output shows deliberate, except a comment. A local
// function or method named print or println is not the builtin.
//
// Tier: default.
//
// # Rule debugprint/dump
//
// In every package, package main included, debugprint reports the dump
// helpers of debugging libraries, which write to stdout: spew.Dump,
// spew.Print, spew.Printf and spew.Println (also as methods of
// spew.ConfigState) of github.com/davecgh/go-spew/spew; pp.Print, pp.Printf
// and pp.Println of github.com/k0kubun/pp; pretty.Print, pretty.Printf and
// pretty.Println of github.com/kr/pretty; litter.Dump (also a method of
// litter.Options) of github.com/sanity-io/litter; and the functions that
// -debugprint.funcs names. They exist to inspect values while debugging,
// and left in they write to the stdout of every program running the code.
// Remove the call, or log the S-variant's result.
//
// Their variants that return a string (Sdump, Sprint) or take a writer
// (Fdump, Fprint) are not reported. Calls are matched by their
// type-checked function, so an import alias or a dot import does not hide
// them and a local function named Println is not one of them. No sign of
// deliberate output excuses a dump helper.
//
// Tier: default.
//
// # Rule debugprint/scaffold
//
// cobra's generator writes the placeholder fmt.Println("NAME called") into
// the Run function of every new command; left in, the command prints it on
// every run. It is reported wherever it is, in command packages and package
// main too, when it is inside a function that takes a *cobra.Command.
// Remove it and implement the command.
//
// Not reported: the same text outside a function that takes a
// *cobra.Command (fmt.Println("Execute called") in func Execute()), a call
// with other arguments than that one constant, a text that is not a single
// word followed by " called" ("list called twice"), and a text meant for
// the user by the sign of debugprint's documentation ("error called").
//
// Tier: default.
//
// # Rule debugprint/library-output
//
// In library code (any package but package main and the command packages
// described below), debugprint reports fmt.Print, fmt.Printf and
// fmt.Println; fmt.Fprint, fmt.Fprintf, fmt.Fprintln and io.WriteString
// whose writer is os.Stdout or os.Stderr; the Write, WriteString and WriteAt
// methods called on os.Stdout or os.Stderr; and runtime/debug.PrintStack.
// Such output goes to the stdout or stderr of every program that imports
// the package, mixed into its own. Use a logger, return the text, or write
// to an io.Writer the caller passes in. In a _test.go file (with
// -debugprint.tests) it is reported because it goes to go test's output
// outside the test's log: use t.Log.
//
// Not reported: the log and log/slog packages (logging is the sanctioned
// channel); writes to any other writer (an http.ResponseWriter, a file, a
// buffer, a writer held in a variable); fmt.Sprint, fmt.Sprintf and
// fmt.Sprintln; the output of package main, whose job is to print; output
// that one of debugprint's signs of deliberate output shows deliberate;
// and the packages that -debugprint.allow names.
//
// Library output is also deliberate in a file whose name has the word main
// (cgi_main.go, main_unix.go): it holds a program's main;
// in test support (where debugprint/builtin does not report either), whose
// output goes to go test's log like a _test.go file's: a package where a
// non-test file imports testing, github.com/stretchr/testify,
// github.com/onsi/ginkgo, github.com/onsi/gomega or gotest.tools, or where an element of the import path, or the package's
// name, starts or ends with test, tests or testing (internal/testutil,
// testsuite, net/http/httptest, utesting, e2etests; not latest, attest,
// contest, protest, detest, greatest, fastest or shortest); in a logger,
// a package named log or logs or whose name ends with logger or logging,
// which cannot log its own failure through itself; in a generator, a
// package named gen, codegen or keygen or whose name ends with generator;
// and in a package that talks with the terminal: one of its functions reads
// os.Stdin or calls fmt.Scan, fmt.Scanf, fmt.Scanln, a ReadPassword function
// or a function with the word prompt (YesNoPrompt), hands os.Stdout or
// os.Stderr on (cmd.Stdout = os.Stdout, Options{Out: os.Stderr}), or is an
// io.Writer's method that calls fmt.Print, fmt.Printf or fmt.Println or
// names os.Stdout or os.Stderr (a progress display). Its prints are part of
// that conversation with the terminal.
//
// Command packages. Many programs keep their commands outside package main
// (cobra's generator writes them to package cmd). A package is treated like
// package main, and its fmt and stdout/stderr output is not reported, when
// its import path has an element cmd or commands (example.com/tool/cmd,
// example.com/tool/internal/cmd/run, example.com/tool/pkg/commands), when
// it is named cmd or commands, or when it imports a command-line framework:
// github.com/spf13/cobra, github.com/bep/simplecobra, github.com/urfave/cli
// (and /v2, /v3), github.com/alecthomas/kingpin/v2,
// gopkg.in/alecthomas/kingpin.v2, github.com/alecthomas/kong,
// github.com/mitchellh/cli, github.com/hashicorp/cli,
// github.com/google/subcommands, github.com/peterbourgon/ff/v3/ffcli,
// github.com/peterbourgon/ff/v4 or github.com/jessevdk/go-flags, or a
// terminal-UI framework (github.com/rivo/tview, github.com/gdamore/tcell and
// /v2, github.com/charmbracelet/bubbletea, github.com/nsf/termbox-go,
// github.com/jroimartin/gocui, github.com/awesome-gocui/gocui), or when it
// defines flags on the process's command line (flag.Bool, flag.StringVar,
// flag.Var, ... outside _test.go files, as the testing package does), or
// reads the process's arguments after the program's name (os.Args[1],
// os.Args[2:]; not os.Args[0]) to run commands of its own. cobra's
// placeholder is reported even there, by debugprint/scaffold.
//
// Tier: strict (a team policy; run with -strict or -enable=debugprint/library-output).
// Some libraries print by design in ways that no sign shows, so this rule
// is for teams that keep library code silent.
package debugprint
