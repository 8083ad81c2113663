package analyzers

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// BenchmarkAnalyzers times each analyzer on its own over one large
// generated package (go test -bench . -run ^$ ./analyzers), so that a
// regression in one analyzer shows up on its own line.
func BenchmarkAnalyzers(b *testing.B) {
	pkgs := loadGenerated(b, 400)
	for _, a := range Plain() {
		b.Run(a.Name, func(b *testing.B) {
			// Each run also analyses the dependencies for facts; the
			// root-ns/op metric is the time spent on the package itself.
			var root time.Duration
			for b.Loop() {
				graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				for _, act := range graph.Roots {
					root += act.Duration
				}
			}
			b.ReportMetric(float64(root.Nanoseconds())/float64(b.N), "root-ns/op")
		})
	}
}

// loadGenerated writes a package of n copies of code that every analyzer
// looks at (error calls and checks, callbacks, prints, error formatting,
// HTTP handlers) and loads it.
func loadGenerated(b *testing.B, n int) []*packages.Package {
	b.Helper()
	dir := b.TempDir()
	var src strings.Builder
	src.WriteString("package big\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"io/fs\"\n\t\"log\"\n\t\"net/http\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"strconv\"\n)\n\n")
	for i := range n {
		fmt.Fprintf(&src, `
func read%[1]d(name string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read %%s: %%v", name, err)
	}
	os.Remove(name + ".tmp")
	n, _ := strconv.Atoi(string(data))
	if n > %[1]d {
		return nil, errors.New(fmt.Sprintf("too big: %%d", n))
	}
	return data, nil
}

func walk%[1]d(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if d.IsDir() {
			fmt.Println("dir", path)
		}
		return nil
	})
}

func handle%[1]d(w http.ResponseWriter, r *http.Request) {
	data, err := read%[1]d(r.URL.Path)
	if err != nil {
		log.Print(err)
		return
	}
	if err.Error() == "EOF" {
		http.Error(w, "eof", http.StatusBadRequest)
	}
	w.Write(data)
}
`, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "big.go"), []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/big\n\ngo 1.26\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, ".")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("loading the generated package: %v", err)
	}
	return pkgs
}
