// Package intentional: library output that is deliberate, by one of the
// signs, is not reported; the same prints without the sign are.
package intentional

import (
	"fmt"
	"log"
	"os"
)

const debug = false

var traceParser = os.Getenv("TRACE") != ""

type Parser struct {
	Verbose bool
	depth   int
}

// Gated by a debugging switch.
func (p *Parser) Parse(src string) {
	p.depth++
	if debug {
		fmt.Println("parse", src)
	}
	if traceParser {
		fmt.Fprintf(os.Stderr, "%*s%s\n", p.depth, "", src)
	}
	if p.Verbose && len(src) > 0 {
		fmt.Println("verbose", len(src))
	}
	if false {
		fmt.Println("dead code")
	}
	if len(src) > 10 {
		fmt.Println("long input") // want `debugprint/library-output: fmt.Println in library code`
	} else if debug {
		fmt.Println("short input")
	}
}

// The message of a program about to die.
func mustPositive(n int) int {
	if n < 0 {
		fmt.Fprintln(os.Stderr, "negative:", n)
		os.Exit(2)
	}
	switch n {
	case 0:
		fmt.Fprintln(os.Stderr, "zero")
		panic("zero")
	case 1:
		fmt.Println("one")
		log.Fatal("one")
	}
	fmt.Println("positive", n) // want `debugprint/library-output: fmt.Println in library code`
	return n
}

// Functions whose name says printing is their job.
func (p *Parser) PrintTree()                   { fmt.Println("tree") }
func dumpState(p *Parser)                      { fmt.Printf("%+v\n", p) }
func (p *Parser) debugf(f string, args ...any) { fmt.Fprintf(os.Stderr, f, args...) }
func Usage()                                   { fmt.Fprintln(os.Stderr, "usage: parser FILE") }
func warnUser(msg string)                      { fmt.Fprintln(os.Stderr, "warning:", msg) }
func Blueprint() int                           { fmt.Println("blueprint"); return 1 }      // want `debugprint/library-output: fmt.Println in library code`
func Login(user string) bool                   { fmt.Println("login", user); return true } // want `debugprint/library-output: fmt.Println in library code`

func Trace() {
	printStep := func(s string) { fmt.Println("step", s) }
	printStep("one")
	step := func(s string) { fmt.Println("step", s) } // want `debugprint/library-output: fmt.Println in library code`
	step("two")
}

// The same signs hold for the builtins.
func Builtins(p *Parser, kind int) {
	if debug {
		println("gated builtin")
	}
	if kind < 0 {
		print("kind=", kind, "\n")
		throw("bad kind")
	}
	println("kind", kind) // want `debugprint/builtin: builtin println`
}

func throw(s string) { panic(s) }

// Function literals named by the variable or field they are assigned to.
type Options struct{ Printer, Hook func(string) }

var DefaultPrinter = func(s string) { fmt.Println(s) }

var loaded, _ = fmt.Println("package-level output") // want `debugprint/library-output: fmt.Println in library code`

func NewOptions() *Options {
	o := &Options{Printer: func(s string) { fmt.Println(s) }}
	o.Printer = func(s string) { fmt.Print(s, "\x00") }
	o.Hook = func(s string) { fmt.Println("hook", s) } // want `debugprint/library-output: fmt.Println in library code`
	return o
}

// Output switches beyond debugging.
type RunOptions struct {
	Bench      int
	PrintQuery bool
	Quiet      bool
}

func Run(opts RunOptions, query, fingerprint string) {
	runs++
	if opts.Bench > 0 {
		fmt.Printf("%d iterations\n", opts.Bench)
	}
	if opts.PrintQuery {
		fmt.Println(query)
	}
	if !opts.Quiet {
		fmt.Fprintln(os.Stderr, "done")
	}
	if fingerprint != "" {
		fmt.Println("fingerprint", fingerprint) // want `debugprint/library-output: fmt.Println in library code`
	}
}

// Messages meant for the user, by their text.
func Deprecated() {
	fmt.Fprintln(os.Stderr, "intentional: Deprecated is deprecated, use Run")
	fmt.Fprintf(os.Stderr, "warning: %s not set\n", "HOME")
	println("error: no input")
	print("GODEBUG: unknown setting\n")
	fmt.Fprintln(os.Stderr, "panic:", "the interpreted program panicked")
	fmt.Println("WARNING! tls_cert_file is ignored when tls is off")
}

// The same texts without the sign are reported.
func NotForTheUser() {
	runs++
	fmt.Println("ID:", 42)                // want `debugprint/library-output: fmt.Println in library code`
	fmt.Println("[other] ID:", 42)        // want `debugprint/library-output: fmt.Println in library code`
	fmt.Println("intentionally done", 42) // want `debugprint/library-output: fmt.Println in library code`
}

// Gates named by a string.
func EnvGate() {
	runs++
	if os.Getenv("INTENTIONAL_DEBUG") != "" {
		fmt.Println("env-gated")
	}
	if os.Getenv("MYLIBPRINTERRORS") != "" {
		fmt.Println("env-gated, words run together")
	}
	if os.Getenv("HOME") != "" {
		fmt.Println("home") // want `debugprint/library-output: fmt.Println in library code`
	}
}

func reportProgress(n int) { fmt.Printf("%d done\n", n) }

type Scanner struct{ Error func(msg string) }

// error reports msg to the Error hook, or to stderr by default.
func (s *Scanner) error(msg string) {
	if s.Error != nil {
		s.Error(msg)
		return
	}
	fmt.Fprintf(os.Stderr, "%s\n", msg)
}

// Part of the output of the printing function called next.
func Failed(errs []string) {
	fmt.Fprintf(os.Stderr, "\n")
	reportErrors(errs)
	fmt.Println(len(errs)) // want `debugprint/library-output: fmt.Println in library code`
	Compute(errs)
}

func reportErrors(errs []string) { fmt.Fprintln(os.Stderr, errs) }

func Compute(errs []string) {}

// The package's name in brackets, and in any case, is the same convention.
func Tagged(n int) {
	fmt.Printf("[intentional] %d items\n", n)
	fmt.Printf("Intentional: %d items\n", n)
}

// A function whose other prints speak to the user is a reporter: its
// prints belong to the same output.
func Emit(ok bool) {
	if !ok {
		fmt.Fprintln(os.Stderr, "error: nothing to emit")
		return
	}
	fmt.Fprintln(os.Stderr, "program not built with -cover")
}

// CheckAccount shows the stored fields of an account, for the inspect
// command.
func CheckAccount(fields map[string]int) {
	for k, v := range fields {
		fmt.Printf("\t%s: %d\n", k, v)
	}
}

// Normalize trims the fields' names. It prints them: left over from
// debugging.
func Normalize(fields map[string]int) int {
	fmt.Println(fields) // want `debugprint/library-output: fmt.Println in library code`
	return len(fields)
}

// CountFields counts the stored fields of an account.
func CountFields(fields map[string]int) int {
	fmt.Println(len(fields)) // want `debugprint/library-output: fmt.Println in library code`
	return len(fields)
}

var runs int

// Text that addresses the reader, or controls the terminal.
func init() {
	if os.Getenv("HOME") == "" {
		fmt.Fprintln(os.Stderr, "HOME is not set; if you do not need a config, ignore this")
		fmt.Fprintln(os.Stderr, fmt.Sprintf("config %s not loaded, please check it", "app.conf"))
	}
}

func ClearScreen() { fmt.Print("\033[H\033[2J") }

// A comment that says why the print writes where it does.
func Warn(msg string) error {
	// Note: stderr on purpose, stdout carries the data.
	fmt.Fprintln(os.Stderr, msg)
	fmt.Println(msg) // the user sees the progress here
	return nil
}

// A comment about something else, or marking debugging, is no reason.
func Process(err error) error {
	if err != nil {
		// If an error occurs, do not go on.
		fmt.Println(err) // want `debugprint/library-output: fmt.Println in library code`
		return err
	}
	// debug: show the state
	fmt.Println("state") // want `debugprint/library-output: fmt.Println in library code`
	fmt.Println("done")  // TODO remove this output // want `debugprint/library-output: fmt.Println in library code`
	return nil
}

// A function with no effect but its prints has printing as its purpose
// (a List method that prints the entries, a generator that prints what it
// built).
func List(entries map[string]int) {
	for name, size := range entries {
		total := size * 2
		fmt.Println(name, total)
	}
}

// One that also changes state writes on the side.
func Record(entries map[string]int, name string) {
	entries[name]++
	fmt.Println("recorded", name) // want `debugprint/library-output: fmt.Println in library code`
}

// An init function with nothing but output is still a leftover.
func init() {
	fmt.Println("intentional loaded") // want `debugprint/library-output: fmt.Println in library code`
}
