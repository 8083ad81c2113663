package errcheckcb

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

func checkBlank(pass *analysis.Pass, inspect *inspector.Inspector) {}
