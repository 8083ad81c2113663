// Package intentional: library output that is deliberate, by one of the
// signs, is not reported; the same prints without the sign are.
package intentional

import (
	"bufio"
	"errors"
	"fmt"
	"log"
	"os"
	"os/exec"
)

const debug = false

var traceParser = os.Getenv("TRACE") != ""

type Parser struct {
	Verbose bool
	depth   int
}

// Gated by a debugging switch.
func (p *Parser) Parse(src string) {
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
		fmt.Println("long input") // want `debugprint: fmt.Println in library code`
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
	fmt.Println("positive", n) // want `debugprint: fmt.Println in library code`
	return n
}

// Functions whose name says printing is their job.
func (p *Parser) PrintTree()                   { fmt.Println("tree") }
func dumpState(p *Parser)                      { fmt.Printf("%+v\n", p) }
func (p *Parser) debugf(f string, args ...any) { fmt.Fprintf(os.Stderr, f, args...) }
func Usage()                                   { fmt.Fprintln(os.Stderr, "usage: parser FILE") }
func warnUser(msg string)                      { fmt.Fprintln(os.Stderr, "warning:", msg) }
func Blueprint()                               { fmt.Println("blueprint") }   // want `debugprint: fmt.Println in library code`
func Login(user string)                        { fmt.Println("login", user) } // want `debugprint: fmt.Println in library code`

func Trace() {
	printStep := func(s string) { fmt.Println("step", s) }
	printStep("one")
	step := func(s string) { fmt.Println("step", s) } // want `debugprint: fmt.Println in library code`
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
	println("kind", kind) // want `debugprint: builtin println`
}

func throw(s string) { panic(s) }

// Function literals named by the variable or field they are assigned to.
type Options struct{ Printer, Hook func(string) }

var DefaultPrinter = func(s string) { fmt.Println(s) }

var loaded, _ = fmt.Println("package-level output") // want `debugprint: fmt.Println in library code`

func NewOptions() *Options {
	o := &Options{Printer: func(s string) { fmt.Println(s) }}
	o.Printer = func(s string) { fmt.Print(s, "\x00") }
	o.Hook = func(s string) { fmt.Println("hook", s) } // want `debugprint: fmt.Println in library code`
	return o
}

// Output switches beyond debugging.
type RunOptions struct {
	Bench      int
	PrintQuery bool
	Quiet      bool
}

func Run(opts RunOptions, query, fingerprint string) {
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
		fmt.Println("fingerprint", fingerprint) // want `debugprint: fmt.Println in library code`
	}
}

// Messages meant for the user, by their text.
func Deprecated() {
	fmt.Fprintln(os.Stderr, "intentional: Deprecated is deprecated, use Run")
	fmt.Fprintf(os.Stderr, "warning: %s not set\n", "HOME")
	println("error: no input")
	print("GODEBUG: unknown setting\n")
}

// The same texts without the sign are reported.
func NotForTheUser() {
	fmt.Println("ID:", 42)                // want `debugprint: fmt.Println in library code`
	fmt.Println("[other] ID:", 42)        // want `debugprint: fmt.Println in library code`
	fmt.Println("intentionally done", 42) // want `debugprint: fmt.Println in library code`
}

// Gates named by a string.
func EnvGate() {
	if os.Getenv("INTENTIONAL_DEBUG") != "" {
		fmt.Println("env-gated")
	}
	if os.Getenv("HOME") != "" {
		fmt.Println("home") // want `debugprint: fmt.Println in library code`
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
	fmt.Println(len(errs)) // want `debugprint: fmt.Println in library code`
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

// CountFields counts the stored fields of an account.
func CountFields(fields map[string]int) int {
	fmt.Println(len(fields)) // want `debugprint: fmt.Println in library code`
	return len(fields)
}

// Confirm asks the user at the terminal.
func Confirm(question string) bool {
	fmt.Printf("%s [y/N] ", question)
	var answer string
	fmt.Scanln(&answer)
	return answer == "y"
}

// ReadName reads a name from the terminal after a prompt, inside a
// closure.
func ReadName() string {
	ask := func() string {
		fmt.Print("name: ")
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		return line
	}
	return ask()
}

// ReadConfig reads a file: not interactive.
func ReadConfig(name string) []byte {
	b, _ := os.ReadFile(name)
	fmt.Println(string(b)) // want `debugprint: fmt.Println in library code`
	return b
}

// A writer, the sink of a logger or a progress display, cannot report its
// own failure or progress through itself.
type progressWriter struct {
	written, size int64
}

func (w *progressWriter) Write(p []byte) (int, error) {
	w.written += int64(len(p))
	fmt.Printf("%d%%\r", w.written*100/w.size)
	return len(p), nil
}

func (w *progressWriter) Close() error {
	fmt.Println()
	return nil
}

// A method named Write that is not io.Writer's is no such sink.
type table struct{ rows []string }

func (t *table) Write(row string) {
	t.rows = append(t.rows, row)
	fmt.Println("row", row) // want `debugprint: fmt.Println in library code`
}

// A function that connects a process to the terminal writes there on
// purpose.
func RunHook(cmd *exec.Cmd) error {
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			os.Stderr.Write(exitErr.Stderr)
		}
		return err
	}
	return nil
}

// RunQuiet only captures the output.
func RunQuiet(cmd *exec.Cmd) error {
	out, err := cmd.CombinedOutput()
	os.Stderr.Write(out) // want `debugprint: os.Stderr.Write in library code`
	return err
}

// Text that addresses the reader, or controls the terminal.
func init() {
	if os.Getenv("HOME") == "" {
		fmt.Fprintln(os.Stderr, "HOME is not set; if you do not need a config, ignore this")
		fmt.Fprintln(os.Stderr, fmt.Sprintf("config %s not loaded, please check it", "app.conf"))
	}
}

func ClearScreen() { fmt.Print("\033[H\033[2J") }

// A comment that says why the print writes where it does.
func (w *progressWriter) Warn(msg string) {
	// Note: stderr on purpose, stdout carries the data.
	fmt.Fprintln(os.Stderr, msg)
	fmt.Println(msg) // the user sees the progress here
}

// A comment about something else, or marking debugging, is no reason.
func Process(err error) {
	if err != nil {
		// If an error occurs, do not go on.
		fmt.Println(err) // want `debugprint: fmt.Println in library code`
		return
	}
	// debug: show the state
	fmt.Println("state") // want `debugprint: fmt.Println in library code`
	fmt.Println("done")  // TODO remove this output // want `debugprint: fmt.Println in library code`
}

// Confirmed asks through a prompt helper.
func Confirmed(names []string) bool {
	if !yesNoPrompt("revert?") {
		fmt.Println("The command has been cancelled")
		return false
	}
	return true
}

func yesNoPrompt(q string) bool { return q != "" }
