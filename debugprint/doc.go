// Package debugprint defines an Analyzer that reports leftover debug output.
//
// # Analyzer debugprint
//
// debugprint: report leftover debug output: print and println, dumps of values through fmt in library code, dump helpers
//
// A fmt.Println("here", x) forgotten in a library writes to the stdout of
// every program that imports it: it interleaves with the program's real
// output, corrupts output that other tools parse, and leaks data into logs.
// debugprint reports such output so that it cannot ship.
//
// By default it reports what is a leftover by its own evidence: the
// builtins print and println, the dump helpers of debugging libraries, and
// cobra's "NAME called" placeholder. A fmt print in library code is
// reported when it is added: in changed-lines mode (-new-from-rev,
// -new-from-merge-base, the git hook) debugprint/new-output reports every
// new print to stdout, and a deliberate one gets its //nolint with the
// reason then. Over a whole tree, prints whose content is a debugging dump
// (debugprint/debug-output) and all library output
// (debugprint/library-output) are strict rules: most libraries that print
// do so on purpose.
//
// No rule reports _test.go files (unless -debugprint.tests), Example
// functions, wherever they are, whose output is their contract, or
// generated files. No rule looks at the words of names (of functions,
// variables or fields: only at whether a function is exported), comments
// or the words of a package's other prints: a print is judged by what it
// prints and where it stands.
//
// Library code is every package but these: package main; a command
// package, whose job is to print: an element of its import path below its
// module's root, or its name, is cmd or commands (example.com/tool/cmd,
// example.com/tool/internal/cmd/run); the code of example programs, which
// print to show what they do: an element of its path below its module's
// root, or its name, is example, examples or _examples
// (example.com/lib/examples/chat/router; the packages of the module
// example.com/examples are library code, but for one named examples);
// or a package that acts as a program's entry: it
// defines the process's command line with flags (flag.Bool,
// flag.StringVar, ... outside _test.go files), or it holds a command's
// handler: it declares a function or method, or has an expression (a
// function literal, a method value wired into a command), whose type is
// the type of a handler field of github.com/spf13/cobra's Command (Run,
// RunE, PreRunE, Args, ...: func(*cobra.Command, []string) error) or of
// github.com/urfave/cli's ActionFunc (also /v2 and /v3), as a package that
// builds commands does, and one that implements them outside cmd/ with
// methods its cmd package wires in (RunE: app.RunEVersion); a command
// literal without a handler (a group command) is no sign;
// or it reads the process's arguments after the program's name (os.Args[1],
// os.Args[2:]). Importing a command-line or terminal-UI framework does not
// make a command: a package that only adds flags to its caller's
// *cobra.Command, or whose functions take one with other parameters, is
// library code. Not library code either: test support,
// treated like a _test.go file: a package whose every non-test file imports
// testing, or whose name or last path element ends with test, tests,
// testing or testutil (net/http/httptest, internal/testutil; not latest,
// attest, contest, protest, detest, greatest, fastest or shortest); and the
// packages -debugprint.allow names. A package of which only one file
// imports testing is library code.
//
// Output to stdout or stderr means: fmt.Print, fmt.Printf and fmt.Println;
// fmt.Fprint, fmt.Fprintf, fmt.Fprintln and io.WriteString whose writer is
// os.Stdout or os.Stderr; the Write, WriteString and WriteAt methods
// called on os.Stdout or os.Stderr; and runtime/debug.PrintStack. Not
// output in this sense: the log and log/slog packages, writes to any other
// writer (an http.ResponseWriter, a file, a buffer, a writer held in a
// variable), fmt.Sprint and its kin. A call is reported by one rule only,
// the first of the table that reports it.
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
// stderr is legitimate: they are not library code, for every rule. The
// -debugprint.tests flag also checks _test.go files, for every rule
// (Example functions stay exempt). No flag turns a rule on or off: that is
// -enable=ID and -disable=ID.
//
// # Rule debugprint/builtin
//
// The builtins print and println are reported in every package, package
// main and command packages included, but not in test support, nor in an
// example program (package main below a path element example, examples or
// _examples: what it prints is what it demonstrates, as gopcua/opcua's and
// chzyer/readline's examples do), nor in the body of an if whose condition
// is constant false (if false { print(x) }), which cannot run: they write
// unbuffered to stderr, cannot be redirected, and are no logging API, so a
// call of them is a leftover that clutters the output of every program
// running the code, whatever the function around it is named. Remove it,
// or use a logger. A local function or method named print or println is
// not the builtin.
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
// main too, when it is inside a command handler (a function or function
// literal of the type of cobra.Command's Run or RunE, as above). Remove it
// and implement the command.
//
// Not reported: the same text outside a command handler
// (fmt.Println("Execute called") in func Execute(), or in a function that
// takes a *cobra.Command and other parameters), a call
// with other arguments than that one constant, and a text that is not a
// single word followed by " called" ("list called twice").
//
// Tier: default.
//
// # Rule debugprint/debug-output
//
// In library code, debugprint reports output to stdout or stderr through
// fmt (and io.WriteString) whose content is a debugging dump rather than a
// message. Such a print was written to look at
// a value while debugging; left in, it writes to the stdout or stderr of
// every program that imports the package. Remove it, or use a logger.
//
// The content is read from the constant text of the call: for fmt.Printf
// and fmt.Fprintf its format, each verb standing for a value (but %s or %v
// of a constant stands for its text); for the others the constant
// arguments, every other argument being a value. A local variable declared
// with a constant string (prompt := `...`, var s = "..."), never assigned
// again and whose address is never taken, is read as that constant: its
// text is what the print prints (fmt.Printf("%s at:\n", prompt) prints a
// sentence; here := "here"; fmt.Println(here) a marker). The text is
// split into tokens at white space. A token is
//   - a strong marker: debug, dbg or xxx, first or in capitals anywhere
//     ("DEBUG: ...", "[debug] ...", "XXX");
//   - a label: it ends with : or =, or has one inside (resp:, x=%v, id=1);
//   - a marker: here, hello, test, testing, foo, bar, baz, hi, asdf or
//     reached, maybe followed by digits; a word of three or more capitals
//     with nothing around it but sentence punctuation (a shout: "DOING
//     CHANGE", "NEXT"; not an identifier or a tag: VAULT_TOKEN, "[INFO]",
//     HEAD@{1}); three or more of > < * ! # @ (">>>");
//   - a number;
//   - a word: letters (with ' or -), punctuation around them.
//
// A leading tag in brackets ("[Actor] ...") is skipped in what follows.
// The first token of error, warning, warn, fatal, deprecated or notice, in
// any case, makes the text a message ("Error:", err; "warning: ..."). The
// text is a sentence when it starts with a capital letter or a symbol and
// has two words or labels or more ("Loaded %d plugins", "✔ %s is ready",
// "Total count: %d"). A lower-case note ("now is %s", "%s is not %s") and a
// single capitalised label ("Response:", resp) are no sentence.
//
// The print is reported, in this order of checks, when it has a strong
// marker ("a debugging marker"); when it prints a value with %#v, or with
// %+v a value that is not an error ("a dump verb"). Nothing else is
// reported
//   - in a write that names its stream (fmt.Fprintf(os.Stderr, ...),
//     io.WriteString(os.Stdout, s)): the stream was chosen, the text is
//     meant to be read; the quick fmt.Print, fmt.Printf and fmt.Println are
//     what a leftover uses;
//   - in a failure report: a print that shows an error (a value whose type
//     implements error, or err.Error()) and no other value, or an error with
//     two words or more (fmt.Println("failed:", err), fmt.Println(err),
//     fmt.Printf("cannot read %s: %v\n", path, err));
//   - in a sentence, or a print that lays its values out (a table: |, a
//     tab, a verb with a width such as %-20s; a list: %d), [%d], %d.;
//     terminal control: a carriage return or an escape sequence, as a
//     spinner writes).
//
// Otherwise the print is reported when it
//   - prints values with a marker ("a debugging marker": fmt.Println("here",
//     x), fmt.Printf("NEXT %s\n", name));
//   - prints values and nothing else, one of which at least is not prepared
//     text ("bare values": fmt.Println(x), fmt.Println(n, m),
//     fmt.Printf("%v\n", n), fmt.Println(sf.Type.Name())). Prepared text is
//     a constant, or a string or []byte held in a variable or a field (or a
//     slice of one), built by a call of a function or of fmt.Stringer's
//     String() string (not another method, nor a method String that takes
//     arguments or returns other than string, nor a field of function
//     type: they read a value), a conversion or a concatenation (fmt.Println(msg), fmt.Println(t.Prefix, msg),
//     fmt.Print(banner+"\n"), fmt.Print(v.String()), fmt.Printf("%s\n",
//     line[1:]));
//   - prints values with labels or words that are no sentence ("values
//     without a sentence": fmt.Printf("x=%v y=%v\n", x, y),
//     fmt.Println("resp:", resp), fmt.Println("got", n));
//   - prints only constants, with a marker or a number and at most one word,
//     and ends the line ("a debugging marker": fmt.Println("here"),
//     fmt.Println("got here 2"), fmt.Println("idx ----1")); without the end of
//     the line it is a prompt (fmt.Print(">>> ")); with more words it is a
//     banner ("!! DEVELOPMENT RELEASE !! You are running ...").
//
// Not reported: a print whose format is not a constant, or that forwards a
// variadic argument (fmt.Printf(format, args...), fmt.Println(args...)): it
// is a printing helper; a print of prepared text only (fmt.Println(msg)); a
// print of constants only without a marker (fmt.Println("Done."),
// fmt.Println()); os.Stdout.Write and its kin, which write data;
// runtime/debug.PrintStack, which panic handlers call (often with the
// recovered value passed in by their caller, so a handler cannot be told by
// its code); and a print whose place shows it deliberate:
//   - it is in a recover handler, a function (or function literal) that
//     calls recover itself: the report of a panic;
//   - it is in an exported function, or an exported method of an exported
//     type, that has no results (or in a function literal inside one): an
//     output API, which its caller calls to print (goldmark's Node.Dump,
//     cilium/statedb's PrintTree, goccy/go-yaml's Token.Dump); a leftover
//     inspects a computation, in a function that returns something, in an
//     unexported one, or in a method of an unexported type, which only the
//     package reaches (aceld/zinx's logger methods, brimdata/super's
//     fuse.Consume);
//   - it is behind a runtime switch: in the body of an if (or in a function
//     literal there: if trace { defer func() { ... }() }) whose condition is
//     constant false or reads a switch, a bool the function does not
//     compute: a parameter or receiver, a package-level variable, a field
//     path rooted at one (if printDiff, if a.Config.PrintCSR, if
//     debugCodec), a function's (not a method's) answer to constant
//     arguments (if debug.FlagSet("packet")), or a call of os.Getenv or
//     os.LookupEnv in the condition. It may be negated; && needs one
//     operand to be a switch, || all (if !eq && printDiff, if verbose ||
//     trace). A local variable is logic (if found, and the ok of if _, ok :=
//     os.LookupEnv(...); ok), and so is a number compared (if n > 2). A
//     print in an unexported function is behind a switch when every
//     reference to the function is a call behind one in its caller (one
//     level: fpdf's writeBytes, called under if !eq && printDiff);
//   - a later statement of its block calls panic or a function named Exit,
//     Fatal, Fatalf, Fatalln, Panicf, Panicln or Goexit (os.Exit, log.Fatal):
//     it is the last word of a dying program.
//   - it is a row of a listing: it prints bare values or values without a
//     sentence, and the nearest print before it in its function, to the
//     same stream, is a heading: a whole line of constant text with a word
//     and no marker (fmt.Println("Uncommitted files:") then
//     fmt.Println(files); fmt.Println("===== Config =====") then, in a
//     loop, fmt.Printf("%s: %v\n", name, value)). Looking back goes through
//     the statements before it in its block, then in the blocks around it,
//     and passes over statements that are no print statement, other rows
//     and lines without words (fmt.Println(), a rule of dashes); a message
//     with values, a marker or the start of the function ends the search.
//
// Tier: strict (run with -strict or -enable=debugprint/debug-output). On
// maintained repositories nobody here had tuned on, its findings were
// leftovers in 6 of 74 judged over five held-out rounds (the last two: 0
// of 22 and 0 of 14): libraries that print do so on purpose (dump APIs,
// opt-in debug kits, build tools' reports), and content cannot tell a
// leftover from them. A leftover is caught when it is added: in
// changed-lines mode debugprint/new-output reports every new print.
//
// # Rule debugprint/library-output
//
// In library code, debugprint reports every output to stdout or stderr,
// whatever it prints. Such output goes to the stdout or stderr of every
// program that imports the package, mixed into its own. Use a logger,
// return the text, or write to an io.Writer the caller passes in. In a
// _test.go file (with -debugprint.tests) it is reported because it goes to
// go test's output outside the test's log: use t.Log.
//
// Only the exemptions of every rule hold: tests, examples, generated files,
// and what is not library code (package main, command packages, test
// support, -debugprint.allow).
//
// Tier: strict (a team policy; run with -strict or
// -enable=debugprint/library-output): some libraries print by design.
//
// # Rule debugprint/new-output
//
// When only changed lines are reported (-new-from-rev, -new-from-merge-base:
// what the git hook and CI on pull requests run), debugprint reports every
// fmt.Print, fmt.Printf and fmt.Println, and every fmt.Fprint, fmt.Fprintf,
// fmt.Fprintln and io.WriteString to os.Stdout, on a changed line of
// library code, whatever it prints. That is the moment a leftover is
// added, and the moment to mark a deliberate print with
// //nolint:debugprint // and the reason it prints. A call another rule
// reports is not reported again.
//
// Tier: strict, but it runs whenever only changed lines are reported,
// unless -disable=debugprint/new-output.
package debugprint
