package errcheckcb

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

func checkUnchecked(pass *analysis.Pass, inspect *inspector.Inspector) {}
