// Package testsupport_user imports a package that has test helpers of its
// own: it is not test support itself, and is reported.
package testsupport_user

import (
	"os"

	"errcheckcb/testsupport"
)

// Save writes the configuration that testsupport builds.
func Save(path string) {
	_ = testsupport.Fixture
	os.WriteFile(path, nil, 0o600) // want `os.WriteFile is not checked`
}
