// Package messages: output that prints messages, or whose place shows it
// deliberate, is not reported by the default rules (traps).
package messages

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
)

type Plugin struct{ Name string }

var debugMode = os.Getenv("MESSAGES_DEBUG") != ""

var verbose bool

// init reports a plugin that failed to load before logging is set up: a
// message with values.
func init() {
	if err := load("x"); err != nil {
		fmt.Fprintf(os.Stderr, "failed to load plugin %s: %v\n", "x", err)
	}
}

func load(string) error { return nil }

// Messages with values, for the user.
func Messages(p *Plugin, n int, err error) {
	fmt.Printf("Loaded %d plugins\n", n)
	fmt.Println("Starting server on", p.Name)
	fmt.Printf("Error: %v\n", err)
	fmt.Println("WARNING", err)
	fmt.Fprintln(os.Stderr, "error:", err)
	fmt.Printf("Plugin %q loaded (%d total)\n", p.Name, n)
	fmt.Println("Done.")
	fmt.Println()
	fmt.Print("\n")
	fmt.Println("==========")
	fmt.Println("HTTP server started")
	fmt.Printf("Total count: %d\n", n)
	fmt.Printf("Min value: %d\n", n)
	var sb strings.Builder
	fmt.Print(sb.String())
	fmt.Println("Please enable debug mode to see more")
	fmt.Fprintf(os.Stderr, "retrying %s in %d seconds\n", p.Name, n)
	fmt.Printf("Failed to connect: %+v\n", err)
	fmt.Println("✔", p.Name, "is ready")
}

// Prepared text, helpers that forward, tables.
func Text(msg string, data []byte, format string, args ...any) {
	fmt.Println(msg)
	fmt.Print(msg, "\n")
	fmt.Printf("%s\n", msg)
	os.Stdout.Write(data)
	fmt.Printf(format, args...)
	fmt.Println(args...)
	fmt.Printf("%-20s %v\n", msg, len(data))
	fmt.Printf("%d) %s\n", 1, msg)
	fmt.Printf("  | %v | %v |\n", 1, 2)
}

// Safely runs f; a panic is reported on stderr, with its stack, and
// returned as an error that says where to look.
func Safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, r)
			debug.PrintStack()
			err = errors.New("panic: see stderr")
		}
	}()
	f()
	return nil
}

// Behind a debug switch, or the last word before dying.
func Switched(p *Plugin) {
	if debugMode {
		fmt.Printf("%+v\n", p)
	}
	if verbose || os.Getenv("TRACE") != "" {
		fmt.Println(p)
	}
	if false {
		fmt.Println("here")
	}
	if p == nil {
		fmt.Println(p)
		os.Exit(2)
	}
	if p.Name == "" {
		debug.PrintStack()
		panic("no name")
	}
}

// A TagPrinter prints text it was given: a prefix held in a field and the
// caller's message are prepared text, not values to look at.
type TagPrinter struct{ Prefix string }

func (t *TagPrinter) Println(message string) {
	fmt.Println(t.Prefix, message)
}
