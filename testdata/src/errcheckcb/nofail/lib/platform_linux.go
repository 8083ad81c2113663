package lib

// Tune never fails on Linux; other platforms may have another body.
func Tune() error { return nil }
