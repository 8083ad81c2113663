package statuscode

import (
	"go/ast"
	"go/token"
	"regexp"
)

const (
	msgBody200  = "error body written with an implicit 200 OK: clients and monitoring count this failure as a success; set an error status first (http.Error, or w.WriteHeader with a status >= 400 before the body)"
	msgPanic200 = "the recovered panic is answered with a body and an implicit 200 OK: clients and monitoring count the crash as a success; write an error status first (http.Error, or w.WriteHeader(http.StatusInternalServerError) before the page)"
)

// checkBody200 applies rule body-200 to ne, the first write on a path of
// error branch br that has not left the branch (searchBranch finds it): a
// body written inside the branch before any status, carrying the error.
// The panic branch of a recover handler (its error is the value recover()
// returned) is rule panic-200's instead.
func (s *state) checkBody200(br *errBranch, ne nodeEffect) {
	r, msg := ruleBody200, msgBody200
	if s.isRecovered(br.errExpr) {
		r, msg = rulePanic200, msgPanic200
	}
	if (ne.eff == effBody || ne.eff == effBodyMaybe) && br.containsPos(ne.at.Pos()) &&
		r.Enabled() && s.saysError(ne.at) && !s.hasReason(ne.at) {
		s.report(r, ne.at.Pos(), ne.at.End(), msg, nil)
	}
}

// saysError reports whether the arguments of a body write carry an error:
// an error value or a message that reads like one. A body without either
// is fallback content (a default image, a cached copy), served on purpose.
func (s *state) saysError(at ast.Node) bool {
	call, ok := at.(*ast.CallExpr)
	if !ok {
		return false
	}
	says := false
	for _, a := range call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if says {
				return false
			}
			switch n := n.(type) {
			case *ast.Ident:
				if t := s.pass.TypesInfo.TypeOf(n); t != nil && isErrorType(t) || s.isRecovered(n) {
					says = true
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING && errorWords.MatchString(n.Value) {
					says = true
				}
			}
			return !says
		})
	}
	return says
}

var errorWords = regexp.MustCompile(`(?i)error|fail|invalid|denied|forbidden|not found|unauthori|unable|cannot|can't|could not|bad request|wrong|missing`)
