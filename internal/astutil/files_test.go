package astutil

import (
	"go/parser"
	"go/token"
	"testing"
)

func TestImportedAs(t *testing.T) {
	src := `package p

import (
	"errors"
	"math/rand/v2"
	"github.com/redis/go-redis/v9"
	pe "github.com/pkg/errors"
	"example.com/v2"
)
`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"errors", "rand", "go-redis", "pe", "v2"}
	for i, spec := range f.Imports {
		name, _, ok := ImportedAs(spec)
		if !ok || name != want[i] {
			t.Errorf("import %s: got %q, want %q", spec.Path.Value, name, want[i])
		}
	}
}
