package debugprint

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/astutil"
)

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

// loggerName reports whether a package's name says it is a logger (log,
// logger, logging, zaplogger): a logger that cannot write its log reports
// that on stdout or stderr, since it cannot log through itself.
func loggerName(name string) bool {
	return name == "log" || name == "logs" || strings.HasSuffix(name, "logger") || strings.HasSuffix(name, "logging")
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

// isTestSupport reports whether the package exists for tests
// (testSupport), worked out once.
func (c *checker) isTestSupport() bool {
	return c.testSupport.get(func() bool { return testSupport(c.pass) })
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
