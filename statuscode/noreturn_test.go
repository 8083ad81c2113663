package statuscode_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/extinctlint/extinct/internal/driver"
	"github.com/extinctlint/extinct/statuscode"
)

// TestNoReturnWithoutDependencyBodies runs statuscode through extinct's own
// loader, which type-checks the standard library without function bodies
// (so ctrlflow has no never-returns facts for it): an error branch that
// ends in log.Fatalf, os.Exit or a helper of another package of the module
// that exits (directly, or through a helper of a third package: the
// derived fact travels) is not judged; a branch that returns is.
func TestNoReturnWithoutDependencyBodies(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.26\n",
		"die/die.go": `package die

import "log"

// Die logs err and exits; this package does not import net/http.
func Die(err error) { log.Fatalf("fatal: %v", err) }
`,
		"die/wrap/wrap.go": `package wrap

import (
	"errors"

	"example.com/m/die"
)

// Fail exits through die.Die: ctrlflow knows neither, a derived fact
// carries it one more package on.
func Fail(msg string) { die.Die(errors.New(msg)) }
`,
		"h/h.go": `package h

import (
	"errors"
	"log"
	"net/http"
	"os"

	"example.com/m/die"
	"example.com/m/die/wrap"
)

func load() ([]byte, error) { return nil, errors.New("x") }

var logger = log.Default()

func Fatal(w http.ResponseWriter, r *http.Request) {
	data, err := load()
	if err != nil {
		log.Fatalf("load: %v", err)
		return
	}
	_, _ = w.Write(data)
}

func Exit(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		_, _ = w.Write([]byte("index"))
		return
	}
	if _, err := load(); err != nil {
		os.Exit(1)
	}
}

func LoggerFatal(w http.ResponseWriter, r *http.Request) {
	data, err := load()
	if err != nil {
		logger.Fatal(err)
		return
	}
	_, _ = w.Write(data)
}

func Helper(w http.ResponseWriter, r *http.Request) {
	data, err := load()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		die.Die(err)
	}
	_, _ = w.Write(data)
}

func Control(w http.ResponseWriter, r *http.Request) {
	data, err := load()
	if err != nil {
		log.Print(err)
		return
	}
	_, _ = w.Write(data)
}

func Wrapped(w http.ResponseWriter, r *http.Request) {
	data, err := load()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		wrap.Fail("load")
	}
	_, _ = w.Write(data)
}
`,
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	t.Setenv("EXTINCT_DEPS", "")

	var stdout, stderr bytes.Buffer
	driver.Run([]string{"./..."}, []*analysis.Analyzer{statuscode.Analyzer}, nil, &stdout, &stderr)
	out := stdout.String()
	if !strings.Contains(out, "h.go:58:") || !strings.Contains(out, "statuscode/no-status") {
		t.Errorf("the control branch (h.go:58) is not reported:\n%s%s", out, stderr.String())
	}
	if n := strings.Count(out, "statuscode/"); n != 1 {
		t.Errorf("want 1 finding (the control), got %d:\n%s%s", n, out, stderr.String())
	}
}
