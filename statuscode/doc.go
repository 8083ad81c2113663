// Package statuscode defines an Analyzer that reports HTTP error paths that
// do not answer with an error status.
//
// # Analyzer statuscode
//
// statuscode: report HTTP handlers whose error paths answer 200 OK
//
// (to be written)
package statuscode
