package options_tests_off

import (
	"os"
	"testing"
)

func setup(dir string) error {
	os.WriteFile(dir+"/x", nil, 0o600)
	return nil
}

func TestSave(t *testing.T) {
	os.WriteFile(t.TempDir()+"/y", nil, 0o600)
	if err := setup(t.TempDir()); err != nil {
		t.Fatal(err)
	}
}
