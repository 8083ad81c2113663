package errcheckcb

import (
	"golang.org/x/tools/go/analysis"
)

// checkUncheckedAny reports every other dropped error
// (errcheckcb/unchecked-any, strict): errcheck's policy, every call's error
// handled or assigned to _, wherever it is. What neither rule reports
// (lossExempt) is left out: the exclusions, calls that never fail or cannot
// fail as written, a drop on an error path or explained by a comment.
func checkUncheckedAny(pass *analysis.Pass, s *shared) {
	u := s.scanUnchecked(pass)
	for i, st := range u.found {
		if u.kinds[i] == lossNone {
			reportUnchecked(pass, st, u.fns[i])
		}
	}
}
