package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const fixable = `package m

import "os"

func Save(name string) error {
	os.WriteFile(name, nil, 0o644)
	return nil
}
`

func TestSARIF(t *testing.T) {
	dir := writeModule(t, map[string]string{"m.go": fixable})
	stdout, stderr, code := runIn(t, dir, extinct, "-sarif", "./...")
	if code != exitFindings {
		t.Fatalf("extinct -sarif: exit %d, want %d\n%s", code, exitFindings, stderr)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID              string
						FullDescription struct{ Text string }
						HelpURI         string
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
				Fixes []any
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("SARIF does not parse: %v\n%s", err, stdout)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("want one run with one result:\n%s", stdout)
	}
	r := log.Runs[0].Results[0]
	loc := r.Locations[0].PhysicalLocation
	if r.RuleID != "errcheckcb/unchecked" || loc.ArtifactLocation.URI != "m.go" || loc.Region.StartLine != 6 || loc.Region.StartColumn != 2 {
		t.Errorf("result = %+v, want errcheckcb/unchecked at m.go:6:2", r)
	}
	if len(r.Fixes) == 0 {
		t.Errorf("the suggested fix is missing from the SARIF result")
	}
	rule := log.Runs[0].Tool.Driver.Rules[r.RuleIndex]
	if rule.ID != r.RuleID || rule.FullDescription.Text == "" || !strings.HasSuffix(rule.HelpURI, "docs/analyzers/errcheckcb.md#errcheckcbunchecked") {
		t.Errorf("rule %+v lacks its description or help URI", rule)
	}
	validateSARIF(t, stdout)
}

// validateSARIF runs Microsoft's SARIF Multitool over the log and fails on
// any error it reports. The tool comes from npm, installed once per machine
// into the user cache.
func validateSARIF(t *testing.T, log string) {
	if testing.Short() {
		t.Skip("validating SARIF installs @microsoft/sarif-multitool from npm")
	}
	if _, err := exec.LookPath("npm"); err != nil {
		t.Skip("npm is not installed: cannot fetch @microsoft/sarif-multitool to validate the SARIF output")
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(cache, "extinct-test", "sarif-multitool")
	bin := filepath.Join(dir, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool")
	if _, err := os.Stat(bin); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		install := exec.Command("npm", "install", "--no-audit", "--no-fund", "--prefix", dir, "@microsoft/sarif-multitool@5.7.0")
		if out, err := install.CombinedOutput(); err != nil {
			t.Fatalf("npm install @microsoft/sarif-multitool: %v\n%s", err, out)
		}
	}
	// npm does not run the package's postinstall (chmod) without approval.
	if err := os.Chmod(bin, 0o755); err != nil {
		t.Fatalf("sarif-multitool is not where npm puts it on linux: %v", err)
	}
	file := filepath.Join(t.TempDir(), "extinct.sarif")
	if err := os.WriteFile(file, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "validate", file).CombinedOutput()
	if err != nil || strings.Contains(string(out), ": error ") || !strings.Contains(string(out), "Analysis completed successfully") {
		t.Errorf("sarif-multitool validate: %v\n%s", err, out)
	}
}

func TestNewFromRev(t *testing.T) {
	dir := writeModule(t, map[string]string{"m.go": dirty})
	gitIn(t, dir, "init", "-q")
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "old finding")
	// Old finding at line 6; a new one below it, uncommitted.
	added := strings.Replace(dirty, "\tos.WriteFile(name, nil, 0o644)\n", "\tos.WriteFile(name, nil, 0o644)\n\tos.WriteFile(name+\"/new\", nil, 0o644)\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "m.go"), []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runIn(t, dir, extinct, "-new-from-rev=HEAD", "./...")
	if code != exitFindings || strings.Contains(stdout, "m.go:6:") || !strings.Contains(stdout, "m.go:7:2") {
		t.Errorf("-new-from-rev=HEAD: exit %d, want only the new finding at m.go:7\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// Staged counts as changed too.
	gitIn(t, dir, "add", "m.go")
	if stdout, _, _ := runIn(t, dir, extinct, "-new-from-rev=HEAD", "./..."); !strings.Contains(stdout, "m.go:7:2") || strings.Contains(stdout, "m.go:6:") {
		t.Errorf("staged change: want only m.go:7:\n%s", stdout)
	}
	if _, stderr, code := runIn(t, dir, extinct, "-new-from-rev=nosuchrev", "./..."); code != exitFailure || !strings.Contains(stderr, "nosuchrev") {
		t.Errorf("-new-from-rev=nosuchrev: exit %d, want 1 with a message\n%s", code, stderr)
	}
}

func gitIn(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}
