package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/analyzers/mongotls"
)

func TestIsVetInvocation(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"./..."}, false},
		{[]string{"-flags"}, true},
		{[]string{"-V=full"}, true},
		{[]string{"-mongotls.loopback", "/tmp/go-build/b001/vet.cfg"}, true},
		{[]string{"-json", "./..."}, false},
		{[]string{"-C", "x", "./cfg"}, false},
	} {
		if got := isVetInvocation(tc.args); got != tc.want {
			t.Errorf("isVetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

func TestRelPos(t *testing.T) {
	cwd := filepath.FromSlash("/work/mod")
	for pos, want := range map[string]string{
		"":  "",
		"-": "",
		filepath.FromSlash("/work/mod/a/b.go:3:4"): filepath.FromSlash("a/b.go:3:4"),
		filepath.FromSlash("/work/mod/a/b.go"):     filepath.FromSlash("a/b.go"),
		filepath.FromSlash("/elsewhere/c.go:1:2"):  filepath.FromSlash("/elsewhere/c.go:1:2"),
	} {
		if got := relPos(pos, cwd); got != want {
			t.Errorf("relPos(%q) = %q, want %q", pos, got, want)
		}
	}
}

func TestReportFinishSortsAndCounts(t *testing.T) {
	r := &Report{Findings: []Finding{
		{File: "b.go", Line: 1, Rule: "CL201", severity: 3},
		{File: "a.go", Line: 9, Rule: "CL202", severity: 2},
		{File: "a.go", Line: 2, Rule: "CL204", severity: 1},
	}}
	r.finish(newSources(t.TempDir()))
	if r.Findings[0].Line != 2 || r.Findings[1].Line != 9 || r.Findings[2].File != "b.go" {
		t.Errorf("not sorted: %+v", r.Findings)
	}
	if r.Summary != (Summary{Findings: 3, High: 1, Medium: 1, Low: 1}) || r.Errors == nil {
		t.Errorf("summary %+v, errors %v", r.Summary, r.Errors)
	}
}

// TestTypesOnly checks which of go vet's requests cryptolint answers with
// types and no facts, without analysis: facts only (VetxOnly), for a
// package outside the main module.
func TestTypesOnly(t *testing.T) {
	linkAs(t, vetxLayoutFor) // test binaries record no dependencies
	for _, tc := range []struct {
		name string
		cfg  string
		want bool
	}{
		{"standard library", `{"ImportPath": "runtime", "VetxOnly": true}`, true},
		{"dependency module", `{"ImportPath": "go.mongodb.org/mongo-driver/v2/bson", "ModulePath": "go.mongodb.org/mongo-driver/v2", "ModuleVersion": "v2.10.0", "VetxOnly": true}`, true},
		{"main module dependency", `{"ImportPath": "example.com/m/repo", "ModulePath": "example.com/m", "VetxOnly": true}`, false},
		{"go 1.27 module field, main", `{"ImportPath": "example.com/m/repo", "Module": {"Path": "example.com/m", "Main": true}, "VetxOnly": true}`, false},
		{"go 1.27 module field, dependency", `{"ImportPath": "example.com/lib", "Module": {"Path": "example.com/lib", "Version": "v1.0.0"}, "VetxOnly": true}`, true},
		{"package to report on", `{"ImportPath": "runtime", "VetxOnly": false}`, false},
		{"no output file", `{"ImportPath": "runtime", "VetxOnly": true, "VetxOutput": ""}`, false},
		{"not JSON", `{`, false},
	} {
		dir := t.TempDir()
		cfg := strings.Replace(tc.cfg, "{", fmt.Sprintf(`{"GoFiles": ["a.go"], "VetxOutput": %q, `, filepath.Join(dir, "vet.out")), 1)
		file := filepath.Join(dir, "vet.cfg")
		if err := os.WriteFile(file, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, got := typesOnly(file); got != tc.want {
			t.Errorf("%s: typesOnly = %v, want %v", tc.name, got, tc.want)
		}
	}
	if _, ok := typesOnly(filepath.Join(t.TempDir(), "missing.cfg")); ok {
		t.Error("missing file: types only")
	}
}

// linkAs makes the test see x/tools version v as the linked one.
func linkAs(t *testing.T, v string) {
	old := linkedXTools
	linkedXTools = v
	t.Cleanup(func() { linkedXTools = old })
}

// TestTypesOnlyUnknownLayout checks the fallback: when the linked x/tools
// is not the version whose vetx layout cryptolint writes, every request
// goes to unitchecker.
func TestTypesOnlyUnknownLayout(t *testing.T) {
	linkAs(t, vetxLayoutFor)
	dir := t.TempDir()
	file := filepath.Join(dir, "vet.cfg")
	cfg := fmt.Sprintf(`{"ImportPath": "runtime", "GoFiles": ["a.go"], "VetxOnly": true, "VetxOutput": %q}`, filepath.Join(dir, "vet.out"))
	if err := os.WriteFile(file, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := typesOnly(file); !ok {
		t.Fatal("known layout: standard library package not answered with types only")
	}
	for _, linked := range []string{"v0.49.0", "v0.53.0", ""} {
		linkAs(t, linked)
		if _, ok := typesOnly(file); ok {
			t.Errorf("x/tools %q: typesOnly answered; want the request left to unitchecker", linked)
		}
	}
}

// TestWorkDir checks that -C does not change the process's working
// directory (the command runs in tests and in other programs' processes),
// and that relative file names and the report's paths are relative to the
// directory it names.
func TestWorkDir(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/w\n\ngo 1.26.0\n",
		"w/w.go": "package w\n\nconst URI = \"mongodb://w.example.com/app\"\n",
	})
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := Main([]*analysis.Analyzer{mongotls.New()}, []string{"-C", dir, "-color=never", "-o", "report.txt", "./..."}, &stdout, &stderr)
	if code != ExitFindings {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, ExitFindings, stderr.String())
	}
	if now, _ := os.Getwd(); now != wd {
		t.Errorf("working directory changed from %s to %s", wd, now)
	}
	got, err := os.ReadFile(filepath.Join(dir, "report.txt"))
	if err != nil {
		t.Fatalf("-o report.txt not written in the -C directory: %v", err)
	}
	want := "w/w.go:3:13: high: mongodb URI \"mongodb://w.example.com/app\" connects to public host w.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)\n" +
		"cryptolint: 1 finding(s): 1 high, 0 medium, 0 low\n"
	if string(got) != want {
		t.Errorf("report:\n%s\nwant:\n%s", got, want)
	}
}
