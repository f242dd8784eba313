// Package testutil holds what the analyzers' tests share.
package testutil

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

// Quiet is an analysistest.Testing for tests that inspect analysistest's
// results themselves, on packages whose // want comments are written for
// another configuration. It drops analysistest's complaints about those
// expectations (unexpected diagnostics, unmatched patterns), only those
// that contain Skip when Skip is set, and passes every other error on: a
// package that fails to load, or an analyzer that fails, fails the test.
type Quiet struct {
	T    analysistest.Testing
	Skip string
	// Failures also drops the errors of analyzers that fail, for tests
	// of the failure itself.
	Failures bool
}

// Errorf reports the error unless it is about an expectation to drop.
func (q *Quiet) Errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if q.Skip != "" && strings.Contains(msg, q.Skip) || q.Skip == "" && isExpectation(msg) ||
		q.Failures && strings.HasPrefix(msg, "error analyzing ") {
		return
	}
	q.T.Errorf("%s", msg)
}

// isExpectation reports whether msg is analysistest's complaint about a
// diagnostic or fact and the // want comments.
func isExpectation(msg string) bool {
	for _, kind := range []string{"diagnostic", "fact"} {
		if strings.Contains(msg, ": unexpected "+kind+": ") ||
			strings.Contains(msg, ": no "+kind+" was reported matching ") ||
			strings.Contains(msg, ": "+kind+" ") && strings.Contains(msg, " does not match pattern ") {
			return true
		}
	}
	return false
}

// Diagnostics returns every diagnostic of the results as
// "file:line:col: category: message", the file by its base name, in
// order: several findings on one line are all kept.
func Diagnostics(res []*analysistest.Result) []string {
	var out []string
	for _, r := range res {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s:%d:%d: %s: %s", filepath.Base(p.Filename), p.Line, p.Column, d.Category, d.Message))
		}
	}
	slices.Sort(out)
	return out
}

// Matching returns the lines of Diagnostics that contain s.
func Matching(diags []string, s string) []string {
	var out []string
	for _, d := range diags {
		if strings.Contains(d, s) {
			out = append(out, d)
		}
	}
	return out
}

// Equal fails the test unless got and want hold the same lines in order,
// showing both.
func Equal(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got\n\t%s\nwant\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// WithFlags returns the analyzer a with flags set from name, value pairs,
// failing the test on a bad flag.
func WithFlags(t *testing.T, a *analysis.Analyzer, kv ...string) *analysis.Analyzer {
	t.Helper()
	for i := 0; i+1 < len(kv); i += 2 {
		if err := a.Flags.Set(kv[i], kv[i+1]); err != nil {
			t.Fatalf("-%s=%s: %v", kv[i], kv[i+1], err)
		}
	}
	return a
}

// RunModule runs analysistest on every package of the module in
// testdata/<name>, which requires real third-party modules at pinned
// versions. analysistest loads a module with GOPROXY=off, so the module's
// dependencies are downloaded first, through the go command's own proxy.
func RunModule(t *testing.T, name string, a *analysis.Analyzer) []*analysistest.Result {
	t.Helper()
	dir := filepath.Join(analysistest.TestData(), name)
	download := exec.Command("go", "mod", "download")
	download.Dir = dir
	if out, err := download.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
	}
	return analysistest.Run(t, dir, a, "./...")
}

// TypeCheckTestdata loads every package under dir/src as analysistest
// does (GOPATH mode) and fails the test for each load, parse or type
// error. Analyzers run despite type errors, so an analysistest package
// that calls a method a stub lacks would otherwise test less than it
// says, silently. allow lists import paths whose errors are the point.
func TypeCheckTestdata(t *testing.T, dir string, allow ...string) {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  abs,
		Env:  append(os.Environ(), "GOPATH="+abs, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./src/...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatalf("no packages under %s/src", abs)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if slices.Contains(allow, p.PkgPath) {
			return
		}
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
}
