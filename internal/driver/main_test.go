package driver

import (
	"os"
	"testing"
)

// TestMain turns the cache off: the tests' analyzers share names but not
// behaviour, which a cache keyed by the binary cannot tell apart. The
// cache's own tests turn it on in a temporary directory.
func TestMain(m *testing.M) {
	if err := os.Setenv("EXTINCT_CACHE", "off"); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}
