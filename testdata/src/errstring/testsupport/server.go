package testsupport

import "testing"

// Server is a fake server for tests.
type Server struct{ t *testing.T }

// Errors collects the text of errors, which a test prints.
func (s *Server) Errors(errs []error) []string {
	var failures []string
	for _, err := range errs {
		failures = append(failures, err.Error())
	}
	return failures
}
