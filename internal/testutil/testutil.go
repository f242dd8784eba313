// Package testutil holds what the analyzers' tests share.
package testutil

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
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
