package weakalgo_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint"
	"github.com/cryptolint/cryptolint/analyzers/weakalgo"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

// One test package per case family; each holds positives, the negatives a
// naive matcher reports, and edge cases.
func TestCiphers(t *testing.T) { run(t, "ciphers") } // CL301, CL302
func TestHashes(t *testing.T)  { run(t, "hashes") }  // CL303, CL306
func TestSigning(t *testing.T) { run(t, "signing") } // CL304
func TestKDF(t *testing.T)     { run(t, "kdf") }     // CL307
func TestModes(t *testing.T)   { run(t, "modes") }   // CL308, CL309, CL310
func TestIV(t *testing.T)      { run(t, "iv") }      // CL311
func TestRandom(t *testing.T)  { run(t, "random") }  // CL312
func TestKeys(t *testing.T)    { run(t, "keys") }    // CL314, CL315
func TestTLS(t *testing.T)     { run(t, "tlsconf") } // CL316, CL317, CL318
func TestLegacy(t *testing.T)  { run(t, "legacy") }  // CL320, CL321, CL322
func TestHardKey(t *testing.T) { run(t, "hardkey") } // CL323
func TestEdge(t *testing.T)    { run(t, "edge") }    // aliases, dot imports, generics, function values

func run(t *testing.T, pkg string) {
	t.Helper()
	analysistest.Run(t, analysistest.TestData(), weakalgo.New(), pkg)
}

// TestStrict checks gosec's policy: every weak hash and math/rand call
// (CL305, CL313), while default findings keep their rules.
func TestStrict(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), testutil.WithFlags(t, weakalgo.New(), "strict", "true"), "strict")
}

// TestStrictOff checks that the strict package is quiet by default apart
// from its two default findings.
func TestStrictOff(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), weakalgo.New(), "strict")
	got := categories(res)
	if len(got) != 2 || got["strict.go:36"] != "CL303" || got["strict.go:40"] != "CL312" {
		t.Errorf("default policy on the strict package: got %v, want CL303 at line 36 and CL312 at line 40", got)
	}
}

// TestThresholdFlags checks -rsabits and -bcryptcost.
func TestThresholdFlags(t *testing.T) {
	a := testutil.WithFlags(t, weakalgo.New(), "rsabits", "4096", "bcryptcost", "12")
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), a, "keys")
	if got := categories(res); got["keys.go:18"] != "CL314" { // GenerateKey(rand.Reader, 2048)
		t.Errorf("-rsabits=4096: 2048-bit key not reported: %v", got)
	}
	res = analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), a, "kdf")
	if got := categories(res); got["kdf.go:22"] != "CL307" { // cost bcrypt.DefaultCost
		t.Errorf("-bcryptcost=12: cost 10 not reported: %v", got)
	}
}

// TestTestsFlag checks that -tests reports in test and generated files,
// which the default policy skips (TestEdge has no want there).
func TestTestsFlag(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), testutil.WithFlags(t, weakalgo.New(), "tests", "true"), "edge")
	got := categories(res)
	for _, want := range []string{"edge_test.go:6", "gen.go:8"} {
		if got[want] != "CL301" {
			t.Errorf("with -tests: no CL301 at %s; got %v", want, got)
		}
	}
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), weakalgo.New(), "fixes")
}

// TestGoLine checks CL319 against the go line of real module fixtures: a
// go 1.21 module reports servers without MinVersion, a go 1.22 module
// does not unless a main package sets //go:debug tls10server=1.
func TestGoLine(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "oldgo"), weakalgo.New(), "./...")
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "newgo"), weakalgo.New(), "./...")
}

// TestRealModules runs the analyzer on a module that type-checks against
// the real golang.org/x/crypto v0.54.0 and github.com/golang-jwt/jwt/v5
// v5.2.2. analysistest loads it with GOPROXY=off, so the modules are
// downloaded first.
func TestRealModules(t *testing.T) {
	testutil.RunModule(t, "realmod", weakalgo.New())
}

// categories maps "file:line" to the rule IDs reported there.
func categories(res []*analysistest.Result) map[string]string {
	got := map[string]string{}
	for _, r := range res {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			got[fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)] = d.Category
		}
	}
	return got
}

// TestSuiteSettings checks that weakalgo reads the suite-wide settings that
// other analyzers' flags set: a sensitive word added with
// -plaintextsecret.names and a driver fork named with -mongotls.drivers.
func TestSuiteSettings(t *testing.T) {
	suite := map[string]*analysis.Analyzer{}
	for _, a := range cryptolint.NewAnalyzers() {
		suite[a.Name] = a
	}
	testutil.WithFlags(t, suite["plaintextsecret"], "names", "door code:password")
	testutil.WithFlags(t, suite["mongotls"], "drivers", "example.com/mongofork")
	analysistest.Run(t, analysistest.TestData(), suite["weakalgo"], "suitewide")
}
