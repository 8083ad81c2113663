// Package callbacktests checks the callback rule in test files.
package callbacktests
