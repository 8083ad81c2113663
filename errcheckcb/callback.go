package errcheckcb

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

func checkCallbacks(pass *analysis.Pass, inspect *inspector.Inspector) {}
