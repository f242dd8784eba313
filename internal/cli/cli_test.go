package cli

import (
	"path/filepath"
	"testing"
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
