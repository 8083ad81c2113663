//go:build tools

// Command precision runs extinct over checked-out repositories and prints,
// per repository (name and commit) and per rule, the number of findings as a
// Markdown table, with a column for the number judged real by reading the
// code. docs/precision.md is made from its output.
//
//	go run -tags tools ./scripts/precision /tmp/real/*   # one directory per repository
//
// A repository's commit is read from git, or from a file .extinct-commit in
// its directory (for snapshots without .git). The rule of a finding is its
// category (its rule ID), or its analyzer where it has none. extinct runs
// with -strict, so the strict rules are counted too, each under its ID.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	extinct := flag.String("extinct", "", "extinct binary (default: build it from this checkout)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: go run -tags tools ./scripts/precision [-extinct BIN] REPO_DIR...")
		os.Exit(2)
	}
	bin := *extinct
	if bin == "" {
		tmp, err := os.MkdirTemp("", "precision")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(tmp) //nolint:errcheckcb // a leftover temp dir is harmless
		bin = filepath.Join(tmp, "extinct")
		if out, err := exec.Command("go", "build", "-o", bin, "./cmd/extinct").CombinedOutput(); err != nil {
			fail(fmt.Errorf("building extinct: %w\n%s", err, out))
		}
	}
	fmt.Println("| repository | commit | rule | findings | judged real | precision |")
	fmt.Println("| --- | --- | --- | ---: | ---: | ---: |")
	for _, dir := range flag.Args() {
		counts, err := run(bin, dir)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", dir, err)
			continue
		}
		rules := make([]string, 0, len(counts))
		for r := range counts {
			rules = append(rules, r)
		}
		sort.Strings(rules)
		for _, r := range rules {
			fmt.Printf("| %s | %s | %s | %d | ? | ? |\n", filepath.Base(dir), commit(dir), r, counts[r])
		}
	}
}

// run counts extinct's findings per rule in every module below dir.
func run(bin, dir string) (map[string]int, error) {
	counts := make(map[string]int)
	var modules []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "vendor" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != dir {
			return filepath.SkipDir
		}
		if d.Name() == "go.mod" {
			modules = append(modules, filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, mod := range modules {
		cmd := exec.Command(bin, "-json", "-strict", "./...")
		cmd.Dir = mod
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		runErr := cmd.Run() //nolint:errcheckcb // exit 3 means findings; the JSON says what happened
		var tree map[string]map[string][]struct {
			Category string `json:"category"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
			return nil, fmt.Errorf("%s: extinct: %v: %w\n%s", mod, runErr, err, stderr.String())
		}
		for _, byAnalyzer := range tree {
			for analyzer, diags := range byAnalyzer {
				for _, d := range diags {
					rule := d.Category
					if rule == "" {
						rule = analyzer
					}
					counts[rule]++
				}
			}
		}
	}
	return counts, nil
}

func commit(dir string) string {
	if data, err := os.ReadFile(filepath.Join(dir, ".extinct-commit")); err == nil {
		return strings.TrimSpace(string(data))
	}
	if out, err := exec.Command("git", "-C", dir, "rev-parse", "--short=12", "HEAD").Output(); err == nil {
		return strings.TrimSpace(string(out))
	}
	return "unknown"
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "precision:", err)
	os.Exit(1)
}
