package directives_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/analyzers/directives"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), directives.New(), "a")
}

// TestMalformedConfig checks that a malformed .cryptolint.yaml makes the
// analyzer fail on the packages below it, naming the file, line and key,
// instead of analyzing them without it.
func TestMalformedConfig(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t, Failures: true}, analysistest.TestData(), directives.New(), "malformed/inner")
	dir, err := filepath.Abs(filepath.Join("testdata", "src", "malformed"))
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, ".cryptolint.yaml") + `:3:3: unknown key "sinkz" in "plaintextsecret" (valid: protectors, sinks)`
	if len(res) != 1 || res[0].Err == nil || res[0].Err.Error() != want {
		t.Fatalf("results %+v, want one failure: %s", res, want)
	}
	if len(res[0].Diagnostics) != 0 {
		t.Errorf("a failed analysis reported %v", res[0].Diagnostics)
	}
}

// TestTestdataTypeChecks keeps the test packages well-typed: the analyzer
// runs despite type errors, so a stub lacking a method would otherwise
// make a test pass that checks nothing.
func TestTestdataTypeChecks(t *testing.T) {
	testutil.TypeCheckTestdata(t, analysistest.TestData())
}
