// Package testutil holds what the analyzers' tests share.
package testutil

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Quiet is an analysistest.Testing for tests that inspect analysistest's
// results themselves: it drops the errors that contain Skip, every error
// when Skip is empty, and passes the others on.
type Quiet struct {
	*testing.T
	Skip string
}

// Errorf reports the error unless it is to be dropped.
func (q *Quiet) Errorf(format string, args ...any) {
	if q.Skip != "" && !strings.Contains(fmt.Sprintf(format, args...), q.Skip) {
		q.T.Errorf(format, args...)
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
