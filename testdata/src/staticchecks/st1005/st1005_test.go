package st1005

import "errors"

// Trap: messages in tests are for the person reading the test output.
var errTest = errors.New("Custom reader error")
