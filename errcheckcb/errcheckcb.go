package errcheckcb

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/extinctlint/extinct/internal/analysisdoc"
	"github.com/extinctlint/extinct/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports ignored errors.
var Analyzer = &analysis.Analyzer{
	Name:     "errcheckcb",
	Doc:      analysisdoc.Extract(doc, "errcheckcb"),
	URL:      "https://github.com/extinctlint/extinct/tree/main/errcheckcb",
	Run:      suppress.Generated(run),
	Requires: []*analysis.Analyzer{inspect.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	checkUnchecked(pass, inspect)
	checkBlank(pass, inspect)
	checkCallbacks(pass, inspect)
	return nil, nil
}
