package testutil

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// recorder is an analysistest.Testing that keeps the errors.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

var nop = &analysis.Analyzer{Name: "nop", Doc: "reports nothing", Run: func(*analysis.Pass) (any, error) { return nil, nil }}

// TestQuietPassesLoadErrors checks that Quiet drops expectation errors
// only: a package that does not load still fails the test.
func TestQuietPassesLoadErrors(t *testing.T) {
	rec := new(recorder)
	analysistest.Run(&Quiet{T: rec}, t.TempDir(), nop, "nosuchpackage")
	if len(rec.errs) == 0 || !strings.Contains(strings.Join(rec.errs, "\n"), "nosuchpackage") {
		t.Errorf("load failure not passed on: %q", rec.errs)
	}

	rec = new(recorder)
	q := &Quiet{T: rec}
	q.Errorf("%v: unexpected %s: %v", "a.go:1:1", "diagnostic", "x (CL201)")
	q.Errorf("%s", "a.go:2: no diagnostic was reported matching `x`")
	q.Errorf("%v: %s %q does not match pattern %s", "a.go:3:1", "diagnostic", "y", "`x`")
	if len(rec.errs) != 0 {
		t.Errorf("expectation errors passed on: %q", rec.errs)
	}
}
