package base

// Stub is declared in a test file: it never fails, and has its fact in the
// test variant of the package.
func Stub() error { return nil } // want Stub:"neverFails"
