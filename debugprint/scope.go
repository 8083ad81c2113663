package debugprint

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/extinctlint/extinct/internal/astutil"
)

// cliFrameworks are the command-line and terminal-UI frameworks whose
// importers are command packages: their job is to print.
var cliFrameworks = map[string]bool{
	"github.com/spf13/cobra":              true,
	"github.com/bep/simplecobra":          true,
	"github.com/urfave/cli":               true,
	"github.com/urfave/cli/v2":            true,
	"github.com/urfave/cli/v3":            true,
	"github.com/alecthomas/kingpin/v2":    true,
	"gopkg.in/alecthomas/kingpin.v2":      true,
	"github.com/alecthomas/kong":          true,
	"github.com/mitchellh/cli":            true,
	"github.com/hashicorp/cli":            true,
	"github.com/google/subcommands":       true,
	"github.com/peterbourgon/ff/v3/ffcli": true,
	"github.com/peterbourgon/ff/v4":       true,
	"github.com/jessevdk/go-flags":        true,
	// Terminal user interfaces, whose output is the screen.
	"github.com/rivo/tview":              true,
	"github.com/gdamore/tcell":           true,
	"github.com/gdamore/tcell/v2":        true,
	"github.com/charmbracelet/bubbletea": true,
	"github.com/nsf/termbox-go":          true,
	"github.com/jroimartin/gocui":        true,
	"github.com/awesome-gocui/gocui":     true,
}

// isCommand reports whether the package of pass is a command, whose job is
// to print: package main, an importer of a command-line framework, a
// command path, or a package that defines flags or reads the arguments.
func isCommand(pass *analysis.Pass) bool {
	if pass.Pkg.Name() == "main" {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if cliFrameworks[imp.Path()] {
			return true
		}
	}
	return commandPath(pass.Pkg.Path(), pass.Pkg.Name()) || definesFlags(pass) || readsArgs(pass)
}

// readsArgs reports whether a non-test file of the package reads the
// process's arguments after the program's name (os.Args[1], os.Args[2:]):
// it runs commands of its own, like beego's "orm syncdb".
func readsArgs(pass *analysis.Pass) bool {
	isArgs := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		v, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Var)
		return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && v.Name() == "Args"
	}
	positive := func(e ast.Expr) bool {
		tv, ok := pass.TypesInfo.Types[e]
		return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) > 0
	}
	found := false
	for _, f := range pass.Files {
		if astutil.ImportSpec(f, "os") == nil || astutil.IsTestFile(pass.Fset, f.FileStart) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IndexExpr:
				found = found || isArgs(n.X) && positive(n.Index)
			case *ast.SliceExpr:
				found = found || isArgs(n.X) && n.Low != nil && positive(n.Low)
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// definesFlags reports whether the package defines flags on the process's
// command line (flag.Bool, flag.StringVar, flag.Var, ...): it is part of
// a program's command line, like the testing package or a logger, and its
// output is deliberate.
func definesFlags(pass *analysis.Pass) bool {
	imported := false
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == "flag" {
			imported = true
		}
	}
	if !imported {
		return false
	}
	for id, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "flag" || fn.Type().(*types.Signature).Recv() != nil {
			continue
		}
		switch fn.Name() {
		case "Bool", "BoolVar", "BoolFunc", "Duration", "DurationVar", "Float64", "Float64Var", "Func",
			"Int", "Int64", "Int64Var", "IntVar", "String", "StringVar", "TextVar", "Uint", "Uint64",
			"Uint64Var", "UintVar", "Var":
			if !astutil.IsTestFile(pass.Fset, id.Pos()) {
				return true
			}
		}
	}
	return false
}

// commandPath reports whether a package's path or name marks it as holding
// commands: a path element cmd or commands (example.com/tool/cmd,
// example.com/tool/internal/cmd/run), or the name cmd or commands.
func commandPath(path, name string) bool {
	if name == "cmd" || name == "commands" {
		return true
	}
	for elem := range strings.SplitSeq(path, "/") {
		if elem == "cmd" || elem == "commands" {
			return true
		}
	}
	return false
}

// isScaffold reports whether call is fmt.Println("NAME called"), the
// placeholder cobra's generator writes into every new command's Run
// function, inside a function that takes a *cobra.Command.
func isScaffold(info *types.Info, cur inspector.Cursor, call *ast.CallExpr) bool {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return false
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	subject, ok := strings.CutSuffix(constant.StringVal(tv.Value), " called")
	if !ok || subject == "" || strings.ContainsAny(subject, " \t\n") {
		return false
	}
	for enc := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		var ft *ast.FuncType
		switch fn := enc.Node().(type) {
		case *ast.FuncLit:
			ft = fn.Type
		case *ast.FuncDecl:
			ft = fn.Type
		}
		for _, field := range ft.Params.List {
			if isCobraCommand(info.TypeOf(field.Type)) {
				return true
			}
		}
	}
	return false
}

// isCobraCommand reports whether t is *cobra.Command.
func isCobraCommand(t types.Type) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	if !ok {
		return false
	}
	obj := named.Obj()
	return obj.Name() == "Command" && obj.Pkg() != nil && obj.Pkg().Path() == "github.com/spf13/cobra"
}

// intentional reports whether a print is deliberate output rather than a
// leftover, by one of the signs doc.go lists: it is gated by a debugging
// switch, it is the message of a program that is about to die, or its
// function says that printing is its job (by its name or doc comment, by
// being an io.Writer's method, by having no other effect, or by printing
// messages for the user).
func intentional(info *types.Info, pkg *types.Package, cur inspector.Cursor, call *ast.CallExpr) bool {
	child := cur
	for enc := range cur.Enclosing() {
		if enc == cur {
			continue
		}
		switch n := enc.Node().(type) {
		case *ast.IfStmt:
			if child.Node() != n.Cond && child.Node() != n.Init && isDebugGate(info, n.Cond) {
				return true
			}
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			if stmt, ok := child.Node().(ast.Stmt); ok && (diesAfter(info, enc.Node(), stmt) || printsNext(info, pkg, enc.Node(), stmt)) {
				return true
			}
		case *ast.FuncDecl:
			return printingName(n.Name.Name) || documentsOutput(n.Doc) || isWriterMethod(info, n) ||
				speaksToUser(info, pkg, n.Body) || onlyPrints(info, n)
		case *ast.FuncLit:
			if name := funcLitName(enc); name != "" {
				return printingName(name)
			}
		case *ast.File:
			return false
		}
		child = enc
	}
	return false
}

// isDebugGate reports whether cond is constant false or names a debugging
// switch.
func isDebugGate(info *types.Info, cond ast.Expr) bool {
	if tv, ok := info.Types[cond]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value) {
		return true
	}
	gate := false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			gate = gate || debugWord(n.Name)
		case *ast.BasicLit: // os.Getenv("APP_DEBUG"), godebug.Value("x") == "debug"
			if n.Kind == token.STRING {
				if v, err := strconv.Unquote(n.Value); err == nil {
					gate = gate || debugWord(v) || envSwitch(v)
				}
			}
		}
		return !gate
	})
	return gate
}

// gateWords are the words of a name that make an if condition a switch
// for output: debug, trace and verbose modes, benchmark reports, options
// that ask to print, show or dump, quiet and silent modes.
var gateWords = map[string]bool{
	"debug": true, "debugging": true, "trace": true, "tracing": true, "verbose": true, "verbosity": true,
	"bench": true, "benchmark": true, "print": true, "show": true, "dump": true, "quiet": true, "silent": true,
}

func debugWord(name string) bool { return hasWord(name, gateWords) }

// envSwitch reports whether s is an environment variable's name, in
// capitals with its words run together, that holds a debug, trace, verbose,
// print or dump switch (GOPACKAGESPRINTDRIVERERRORS, MYAPPDEBUG).
func envSwitch(s string) bool {
	if s == "" || strings.ToUpper(s) != s || strings.ContainsAny(s, " \t") {
		return false
	}
	for _, w := range []string{"DEBUG", "TRACE", "VERBOSE", "PRINT", "DUMP"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// printingWords are the words of a function name that say printing is the
// function's job.
var printingWords = map[string]bool{
	"print": true, "printf": true, "println": true, "printer": true, "dump": true, "dumper": true,
	"debug": true, "debugf": true, "logger": true, "tracer": true,
	"trace": true, "tracef": true, "usage": true, "help": true, "log": true, "logf": true,
	"warn": true, "warnf": true, "warning": true, "show": true, "display": true,
	"report": true, "error": true, "errorf": true, "prompt": true,
}

// printingName reports whether a function's name says it prints.
func printingName(name string) bool { return hasWord(name, printingWords) }

// hasWord reports whether one of the words of name (split at underscores
// and upper-case letters: dnsDebugLevel, HTTPLog, print_tree) is in words.
func hasWord(name string, words map[string]bool) bool {
	start := 0
	for i := 1; i <= len(name); i++ {
		if i < len(name) && !wordStart(name, i) {
			continue
		}
		if words[strings.ToLower(strings.Trim(name[start:i], "_"))] {
			return true
		}
		start = i
	}
	return false
}

// wordStart reports whether a new word starts at name[i]: "fooBar",
// "HTTPLog", "foo_bar".
func wordStart(name string, i int) bool {
	if name[i] == '_' {
		return true
	}
	if !isUpper(name[i]) {
		return false
	}
	return !isUpper(name[i-1]) || i+1 < len(name) && !isUpper(name[i+1]) && name[i+1] != '_'
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// funcLitName returns the name of the variable or field a function literal
// is assigned to (print := func(...) {...}, o.Printer = func..., Options{
// Printer: func...}), or "".
func funcLitName(lit inspector.Cursor) string {
	switch p := lit.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, rhs := range p.Rhs {
				if rhs == lit.Node() {
					switch lhs := p.Lhs[i].(type) {
					case *ast.Ident:
						return lhs.Name
					case *ast.SelectorExpr:
						return lhs.Sel.Name
					}
				}
			}
		}
	case *ast.KeyValueExpr:
		if id, ok := p.Key.(*ast.Ident); ok && p.Value == lit.Node() {
			return id.Name
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == lit.Node() && i < len(p.Names) {
				return p.Names[i].Name
			}
		}
	}
	return ""
}

// dyingNames are the names, lower-cased, of the functions after which a
// program does not go on: panic, os.Exit, log.Fatal, log.Panic,
// testing.T.Fatal, runtime.Goexit, the runtime's throw and fatal.
var dyingNames = map[string]bool{
	"panic": true, "panicf": true, "panicln": true, "exit": true, "fatal": true, "fatalf": true,
	"fatalln": true, "goexit": true, "throw": true, "die": true, "abort": true,
}

// diesAfter reports whether a statement after stmt in the statement list
// of block ends the program or panics.
func diesAfter(info *types.Info, block ast.Node, stmt ast.Stmt) bool {
	list := astutil.StmtList(block)
	after := false
	for _, s := range list {
		if s == stmt {
			after = true
			continue
		}
		if !after {
			continue
		}
		if sel, ok := s.(*ast.SelectStmt); ok && len(sel.Body.List) == 0 {
			return true // select {} blocks forever
		}
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		if dyingNames[strings.ToLower(astutil.CalleeName(call))] {
			return true
		}
	}
	return false
}

// userMessage reports whether the text a print writes is meant for the
// user: it starts with the package's name (or its directory's) and a
// colon, the Go convention ("dns: ..."), or with the name in brackets
// ("[dns] ..."); it starts with error:, warning:, fatal: or deprecated, or
// with GODEBUG (the runtime's documented setting); it addresses the reader
// (has the word please or you); or it is a terminal control sequence (it
// starts with ESC).
func userMessage(info *types.Info, pkg *types.Package, call *ast.CallExpr, skip int) bool {
	if len(call.Args) <= skip {
		return false
	}
	arg := call.Args[skip]
	if inner, ok := ast.Unparen(arg).(*ast.CallExpr); ok && len(inner.Args) > 0 {
		if fn, ok := typeutil.Callee(info, inner).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && strings.HasPrefix(fn.Name(), "Sprint") {
			arg = inner.Args[0] // fmt.Fprintln(os.Stderr, fmt.Sprintf("...", ...))
		}
	}
	tv, ok := info.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	text := strings.TrimLeft(constant.StringVal(tv.Value), "\n ")
	if strings.HasPrefix(text, "\x1b") {
		return true // a terminal control sequence: clear the screen, move the cursor
	}
	for w := range letterWords(text) {
		if w = strings.ToLower(w); w == "please" || w == "you" {
			return true // addressed to the reader: "if you do not use this, ignore it"
		}
	}
	if tag, ok := strings.CutPrefix(text, "["); ok {
		name, _, ok := strings.Cut(tag, "]")
		return ok && namesPackage(pkg, name)
	}
	head, _, ok := strings.Cut(text, ":")
	if !ok {
		head = text
	}
	first, _, _ := strings.Cut(head, " ")
	switch lower := strings.ToLower(strings.TrimRight(first, "!.")); { // "WARNING! ...", "Error. ..."
	case ok && head == first && namesPackage(pkg, first):
		return true
	case lower == "error" || lower == "warning" || lower == "warn" || lower == "fatal" || lower == "panic" ||
		lower == "deprecated" || lower == "deprecation":
		return true
	case lower == "godebug":
		return true
	}
	return false
}

// namesPackage reports whether name is, ignoring case, the name of pkg or
// the last element of its path (package mcpTool in directory mcp).
func namesPackage(pkg *types.Package, name string) bool {
	return name != "" && (strings.EqualFold(name, pkg.Name()) || strings.EqualFold(name, path.Base(pkg.Path())))
}

// stdBelowOS reports whether the package is in the standard library (its
// files are under GOROOT/src) and does not import os, directly or not: the
// runtime and the packages below it, whose only output is print.
func stdBelowOS(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	root := build.Default.GOROOT
	if root == "" {
		return false
	}
	name := pass.Fset.File(pass.Files[0].FileStart).Name()
	if !strings.HasPrefix(name, filepath.Join(root, "src")+string(filepath.Separator)) {
		return false
	}
	seen := make(map[*types.Package]bool)
	var importsOS func(*types.Package) bool
	importsOS = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		for _, imp := range p.Imports() {
			if imp.Path() == "os" || importsOS(imp) {
				return true
			}
		}
		return false
	}
	return !importsOS(pass.Pkg)
}

// printsNext reports whether the statement after stmt in block calls a
// function of the same package whose name says it prints: stmt is part of
// that output (fmt.Fprintln(os.Stderr); reportErrors(errs)).
func printsNext(info *types.Info, pkg *types.Package, block ast.Node, stmt ast.Stmt) bool {
	list := astutil.StmtList(block)
	for i, s := range list {
		if s != stmt || i+1 == len(list) {
			continue
		}
		es, ok := list[i+1].(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		id := astutil.CalleeIdent(call)
		if id == nil {
			return false
		}
		fn, ok := info.Uses[id].(*types.Func)
		return ok && fn.Pkg() == pkg && printingName(fn.Name())
	}
	return false
}

// deliberateOutput reports whether the fmt and stdout/stderr output of
// the package of pass is deliberate: it is a command, a logger, a generator,
// or talks with the terminal (test support is known already).
func deliberateOutput(pass *analysis.Pass) bool {
	name := pass.Pkg.Name()
	return isCommand(pass) || loggerName(name) || generatorName(name) || talksToTerminal(pass)
}

// generatorName reports whether a package's name says it generates
// something (gen, codegen, keygen, generator): a tool whose output is what
// it generates.
func generatorName(name string) bool {
	return name == "gen" || name == "codegen" || name == "keygen" || strings.HasSuffix(name, "generator")
}

// talksToTerminal reports whether a function of the package treats the
// terminal as its channel: it reads os.Stdin or prompts, hands os.Stdout or
// os.Stderr on (cmd.Stdout = os.Stdout), or is an io.Writer's method that
// prints (a progress display). The package's prints are then part of that
// conversation.
func talksToTerminal(pass *analysis.Pass) bool {
	info := pass.TypesInfo
	for _, f := range pass.Files {
		if astutil.IsTestFile(pass.Fset, f.FileStart) {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if usesTerminal(info, fd.Body, isWriterMethod(info, fd)) {
				return true
			}
		}
	}
	return false
}

// onlyPrints reports whether fn, which is not an init function and has no
// results, has no effect but its prints: its statements are prints,
// assignments to its own variables and control flow around them (afero's
// MemMapFs.List prints the files, a generator prints what it built). What it
// prints is then its purpose.
func onlyPrints(info *types.Info, fn *ast.FuncDecl) bool {
	if fn.Name.Name == "init" || fn.Type.Results.NumFields() > 0 || fn.Body == nil {
		return false
	}
	local := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		if id.Name == "_" {
			return true
		}
		obj := info.ObjectOf(id)
		return obj != nil && fn.Body.Pos() <= obj.Pos() && obj.Pos() < fn.Body.End()
	}
	var stmtsOK func([]ast.Stmt) bool
	stmtOK := func(s ast.Stmt) bool {
		switch s := s.(type) {
		case *ast.ExprStmt:
			call, ok := ast.Unparen(s.X).(*ast.CallExpr)
			if !ok {
				return false
			}
			f, ok := typeutil.Callee(info, call).(*types.Func)
			return ok && f.Pkg() != nil && f.Pkg().Path() == "fmt" &&
				(strings.HasPrefix(f.Name(), "Print") || strings.HasPrefix(f.Name(), "Fprint") && len(call.Args) > 0 && stdStream(info, call.Args[0]) != "")
		case *ast.AssignStmt:
			for _, lhs := range s.Lhs {
				if !local(lhs) {
					return false
				}
			}
			return true
		case *ast.IncDecStmt:
			return local(s.X)
		case *ast.DeclStmt, *ast.EmptyStmt, *ast.BranchStmt:
			return true
		case *ast.ReturnStmt:
			return len(s.Results) == 0
		case *ast.BlockStmt:
			return stmtsOK(s.List)
		case *ast.IfStmt:
			return (s.Init == nil || stmtsOK([]ast.Stmt{s.Init})) && stmtsOK(s.Body.List) && (s.Else == nil || stmtsOK([]ast.Stmt{s.Else}))
		case *ast.ForStmt:
			return (s.Init == nil || stmtsOK([]ast.Stmt{s.Init})) && (s.Post == nil || stmtsOK([]ast.Stmt{s.Post})) && stmtsOK(s.Body.List)
		case *ast.RangeStmt:
			return (s.Key == nil || local(s.Key)) && (s.Value == nil || local(s.Value)) && stmtsOK(s.Body.List)
		}
		return false
	}
	stmtsOK = func(list []ast.Stmt) bool {
		for _, s := range list {
			if !stmtOK(s) {
				return false
			}
		}
		return true
	}
	return stmtsOK(fn.Body.List)
}

// testFrameworks are the packages whose import in a non-test file marks a
// package as test support.
var testFrameworks = []string{"testing", "github.com/stretchr/testify", "github.com/onsi/ginkgo", "github.com/onsi/gomega", "gotest.tools"}

// testSupport reports whether the package of pass exists for tests, like a
// _test.go file, so that its output goes to go test's log: a non-test file
// imports testing or a test framework, or an element of its path or its
// name starts or ends with test, tests or testing (internal/testutil,
// testsuite, net/http/httptest, utesting, e2etests; not latest).
func testSupport(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if astutil.IsTestFile(pass.Fset, f.FileStart) {
			continue
		}
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			for _, fw := range testFrameworks {
				if path == fw || strings.HasPrefix(path, fw+"/") || strings.HasPrefix(path, fw+".") {
					return true
				}
			}
		}
	}
	for elem := range strings.SplitSeq(pass.Pkg.Path()+"/"+pass.Pkg.Name(), "/") {
		if testWord(strings.ToLower(elem)) {
			return true
		}
	}
	return false
}

// testWord reports whether a path element names test support.
func testWord(elem string) bool {
	switch elem {
	case "latest", "attest", "contest", "protest", "detest", "greatest", "fastest", "shortest":
		return false
	}
	return strings.HasPrefix(elem, "test") || strings.HasSuffix(elem, "test") ||
		strings.HasSuffix(elem, "tests") || strings.HasSuffix(elem, "testing")
}

// loggerName reports whether a package's name says it is a logger (log,
// logger, logging, zaplogger): a logger that cannot write its log reports
// that on stdout or stderr, since it cannot log through itself.
func loggerName(name string) bool {
	return name == "log" || name == "logs" || strings.HasSuffix(name, "logger") || strings.HasSuffix(name, "logging")
}

// outputVerbs are the words of a doc comment that say the function
// prints: "CheckAccount shows information about an account", "Prompt
// displays the given prompt", "writes the table to stdout".
var outputVerbs = map[string]bool{
	"prints": true, "displays": true, "shows": true, "outputs": true, "reports": true, "dumps": true,
	"stdout": true, "stderr": true, "console": true, "terminal": true,
}

// documentsOutput reports whether a function's doc comment says that it
// prints, and does not call its prints debugging ("the prints were left
// over from debugging").
func documentsOutput(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	return speaksOf(doc.Text(), outputVerbs)
}

// isWriterMethod reports whether fn is a method of an io.Writer (its type
// has Write([]byte) (int, error)): the sink of a logger or a progress
// display, which cannot report through itself.
func isWriterMethod(info *types.Info, fn *ast.FuncDecl) bool {
	if fn.Recv == nil || len(fn.Recv.List) != 1 {
		return false
	}
	recv := info.TypeOf(fn.Recv.List[0].Type)
	if recv == nil {
		return false
	}
	if _, ok := recv.(*types.Pointer); !ok {
		recv = types.NewPointer(recv)
	}
	obj, _, _ := types.LookupFieldOrMethod(recv, true, nil, "Write")
	m, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := m.Type().(*types.Signature)
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	p, ok := sig.Params().At(0).Type().Underlying().(*types.Slice)
	return ok && types.Identical(p.Elem(), types.Typ[types.Byte]) &&
		types.Identical(sig.Results().At(0).Type(), types.Typ[types.Int]) &&
		types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

var promptWords = map[string]bool{"prompt": true}

// usesTerminal reports whether body reads the terminal (os.Stdin,
// fmt.Scan, fmt.Scanf, fmt.Scanln, a ReadPassword function or one with the
// word prompt), hands os.Stdout or os.Stderr on (cmd.Stdout = os.Stdout,
// Options{Out: os.Stderr}), or, for a writer's method, prints (fmt.Print,
// Printf, Println, os.Stdout, os.Stderr): a progress display.
func usesTerminal(info *types.Info, body *ast.BlockStmt, writer bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, rhs := range n.Rhs {
				found = found || stdStream(info, rhs) != ""
			}
		case *ast.KeyValueExpr:
			found = found || stdStream(info, n.Value) != ""
		case *ast.Ident:
			obj := info.Uses[n]
			if obj == nil || obj.Pkg() == nil {
				return true
			}
			path, name := obj.Pkg().Path(), obj.Name()
			if _, isFunc := obj.(*types.Func); isFunc && (name == "ReadPassword" || hasWord(name, promptWords)) {
				found = true
			}
			if obj.Parent() != obj.Pkg().Scope() {
				return true
			}
			switch path {
			case "os":
				found = found || name == "Stdin" || writer && (name == "Stdout" || name == "Stderr")
			case "fmt":
				found = found || strings.HasPrefix(name, "Scan") || writer && (name == "Print" || name == "Printf" || name == "Println")
			}
		}
		return !found
	})
	return found
}

// speaksToUser reports whether body also prints a message that
// userMessage recognises ("error: ...", "pkg: ..."): the function is a
// reporter, and its other prints belong to the same output.
func speaksToUser(info *types.Info, pkg *types.Package, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" {
			return true
		}
		switch fn.Name() {
		case "Print", "Printf", "Println":
			found = userMessage(info, pkg, call, 0)
		case "Fprint", "Fprintf", "Fprintln":
			found = len(call.Args) > 0 && stdStream(info, call.Args[0]) != "" && userMessage(info, pkg, call, 1)
		}
		return !found
	})
	return found
}

// explained reports whether a comment on the print's line, or alone on the
// line above it, says why it prints: it speaks of the output ("// Note:
// explicitly using Stderr, as Stdout is our HTTP output", "// only warnings:
// show them and go on"). Directives, commented-out code and notes that mark
// debugging (debug, todo, fixme, xxx, hack, temp, remove) are no reason.
func (c *checker) explained(call *ast.CallExpr) bool {
	for _, g := range astutil.AdjacentComments(c.pass.Fset, c.file, call, c.source) {
		if reasonText(g) {
			return true
		}
	}
	return false
}

// debugNotes are the words of a comment that mark a print as debugging.
var debugNotes = map[string]bool{
	"debug": true, "debugging": true, "todo": true, "fixme": true, "xxx": true, "hack": true,
	"temp": true, "temporary": true, "remove": true,
}

// outputNotes are the words of a comment that speak of a print's output.
var outputNotes = map[string]bool{
	"stdout": true, "stderr": true, "print": true, "prints": true, "printing": true, "output": true,
	"console": true, "terminal": true, "screen": true, "user": true, "users": true, "display": true,
	"show": true, "shows": true, "warn": true, "warning": true, "warnings": true, "notify": true,
	"report": true, "reports": true, "progress": true,
}

// reasonText reports whether a comment group reads as a reason: prose that
// speaks of the output, without a debugging note, not a directive or
// commented-out code.
func reasonText(cg *ast.CommentGroup) bool {
	text := astutil.CommentText(cg) // without directives (//go:, //nolint:) and expectations
	if strings.ContainsAny(text, "(){};=") {
		return false // commented-out code
	}
	return speaksOf(text, outputNotes)
}

// speaksOf reports whether text has one of words, ignoring case, and none
// of the debugNotes.
func speaksOf(text string, words map[string]bool) bool {
	speaks := false
	for w := range letterWords(text) {
		w = strings.ToLower(w)
		if debugNotes[w] {
			return false
		}
		speaks = speaks || words[w]
	}
	return speaks
}

// letterWords returns the words of text: its runs of ASCII letters.
func letterWords(text string) iter.Seq[string] {
	return strings.FieldsFuncSeq(text, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') })
}
