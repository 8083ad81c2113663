// Package errcheckcb shows ignored errors.
package errcheckcb

import "os"

// Save writes data to path and forgets to check the result.
func Save(path string, data []byte) {
	os.WriteFile(path, data, 0o644)
}
