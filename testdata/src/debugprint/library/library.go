// Package library: fmt and stdout/stderr output in library code.
package library

import (
	"bytes"
	f "fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"runtime/debug"
	"strings"
)

type Config struct{ Name string }

func Load(c *Config) error {
	f.Println("Loading the config", c.Name)                    // want `debugprint/library-output: fmt.Println in library code writes to the stdout of every program that imports this package; remove it, use a logger, or write to an io.Writer the caller passes in`
	f.Printf("Config is %v now\n", c)                          // want `debugprint/library-output: fmt.Printf in library code writes to the stdout`
	f.Print("Loaded.")                                         // want `debugprint/library-output: fmt.Print in library code`
	f.Fprintln(os.Stderr, "we loaded", c.Name)                 // want `debugprint/library-output: fmt.Fprintln\(os.Stderr, ...\) in library code writes to the stderr`
	f.Fprintf(os.Stdout, "%s\n", "a b")                        // want `debugprint/library-output: fmt.Fprintf\(os.Stdout, ...\) in library code writes to the stdout`
	f.Fprint((os.Stdout), c.Name+"\n")                         // want `debugprint/library-output: fmt.Fprint\(os.Stdout, ...\)`
	io.WriteString(os.Stdout, "written to stdout\n")           // want `debugprint/library-output: io.WriteString\(os.Stdout, ...\)`
	os.Stdout.Write([]byte("raw\n"))                           // want `debugprint/library-output: os.Stdout.Write in library code`
	os.Stderr.WriteString("raw\n")                             // want `debugprint/library-output: os.Stderr.WriteString in library code writes to the stderr`
	debug.PrintStack()                                         // want `debugprint/library-output: debug.PrintStack in library code writes to the stderr`
	_, _ = f.Println("Blank assigned", c.Name)                 // want `debugprint/library-output: fmt.Println in library code`
	defer f.Println("deferred")                                // want `debugprint/library-output: fmt.Println in library code`
	if n, err := f.Println("It is", c); err != nil || n == 0 { // want `debugprint/library-output: fmt.Println in library code`
		return err
	}
	return nil
}

// Traps below: none of these is reported.

func Sanctioned(w http.ResponseWriter, file *os.File, c *Config) string {
	log.Println("loading", c.Name)
	log.Printf("config: %+v", c)
	slog.Info("loading", "name", c.Name)
	f.Fprintln(w, "response body")
	f.Fprintf(file, "%v\n", c)
	var buf bytes.Buffer
	f.Fprintln(&buf, c.Name)
	io.WriteString(&buf, "x")
	var sb strings.Builder
	f.Fprint(&sb, c)
	file.WriteString("to a file\n")
	out := io.Writer(os.Stdout) // a writer held in a variable is the caller's choice
	f.Fprintln(out, "configured output")
	logger := log.New(os.Stderr, "lib: ", 0)
	logger.Println("logger")
	return f.Sprint(c) + f.Sprintf("%v", c) + f.Sprintln(c) + buf.String() + sb.String() + string(debug.Stack())
}

type printer struct{}

func (printer) Println(a ...any)                  {}
func (printer) Write(p []byte) (int, error)       { return len(p), nil }
func (printer) WriteString(s string) (int, error) { return len(s), nil }

func Methods() {
	var p printer
	p.Println("a method named Println")
	p.Write(nil)
	p.WriteString("x")
	os.Stdout.Sync()
	os.Stdout.Name()
}

// ExampleConfig is an example: its output is its contract.
func ExampleConfig() {
	f.Println("example output")
	println("even the builtin")
	// Output: example output
}
