package weakalgo_test

import (
	"path/filepath"
	"strings"
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
	want := []string{
		"strict.go:36:9: CL303: md5.Sum hashes sensitive input token: MD5 is broken (practical collisions) and must not protect secrets; use SHA-256 (crypto/sha256), or HMAC-SHA-256 for keyed digests (CL303)",
		"strict.go:40:18: CL312: math/rand.Int63 output becomes variable sessionToken (a session token): math/rand is predictable; use crypto/rand (rand.Text for tokens and passwords, rand.Read for keys) (CL312)",
	}
	testutil.Equal(t, "default policy on the strict package", testutil.Diagnostics(res), want)
}

// TestThresholdFlags checks -rsabits and -bcryptcost: every finding of
// the check they set, with the threshold in the message.
func TestThresholdFlags(t *testing.T) {
	a := testutil.WithFlags(t, weakalgo.New(), "rsabits", "4096", "bcryptcost", "12")
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), a, "keys")
	testutil.Equal(t, "-rsabits=4096", testutil.Matching(testutil.Diagnostics(res), ": CL314: "), []string{
		"keys.go:15:31: CL314: rsa.GenerateKey with 1024 bits is below the 4096-bit minimum; use at least 4096 (3072 for use beyond 2030) (CL314)",
		"keys.go:16:31: CL314: rsa.GenerateKey with 1024 bits is below the 4096-bit minimum; use at least 4096 (3072 for use beyond 2030) (CL314)",
		"keys.go:17:44: CL314: rsa.GenerateMultiPrimeKey with 1536 bits is below the 4096-bit minimum; use at least 4096 (3072 for use beyond 2030) (CL314)",
		"keys.go:18:31: CL314: rsa.GenerateKey with 2048 bits is below the 4096-bit minimum; use at least 4096 (3072 for use beyond 2030) (CL314)", // the default's minimum
		"keys.go:20:31: CL314: rsa.GenerateKey with 512 bits is below the 4096-bit minimum; use at least 4096 (3072 for use beyond 2030) (CL314)",
	})
	res = analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), a, "kdf")
	testutil.Equal(t, "-bcryptcost=12", testutil.Matching(testutil.Diagnostics(res), ": CL307: bcrypt."), []string{
		"kdf.go:19:40: CL307: bcrypt.GenerateFromPassword with cost 6 is below the minimum of 12: each step down halves the work of cracking the hashes; use bcrypt.DefaultCost (10) or more (CL307)",
		"kdf.go:20:40: CL307: bcrypt.GenerateFromPassword with cost 8 is below the minimum of 12: each step down halves the work of cracking the hashes; use bcrypt.DefaultCost (10) or more (CL307)",
		"kdf.go:21:40: CL307: bcrypt.GenerateFromPassword with cost 4 is below the minimum of 12: each step down halves the work of cracking the hashes; use bcrypt.DefaultCost (10) or more (CL307)",
		"kdf.go:22:40: CL307: bcrypt.GenerateFromPassword with cost 10 is below the minimum of 12: each step down halves the work of cracking the hashes; use bcrypt.DefaultCost (10) or more (CL307)", // bcrypt.DefaultCost
		"kdf.go:26:40: CL307: bcrypt.GenerateFromPassword with cost 9 is below the minimum of 12: each step down halves the work of cracking the hashes; use bcrypt.DefaultCost (10) or more (CL307)",
	})
}

// TestTestsFlag checks that -tests reports in test and generated files,
// which the default policy skips (TestEdge has no want there). gen.go is
// reported twice: in the package and in its test variant.
func TestTestsFlag(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), testutil.WithFlags(t, weakalgo.New(), "tests", "true"), "edge")
	var got []string
	for _, d := range testutil.Diagnostics(res) {
		if strings.HasPrefix(d, "edge_test.go:") || strings.HasPrefix(d, "gen.go:") {
			got = append(got, d) // the files the default policy skips
		}
	}
	const des = "CL301: des.NewCipher uses DES: its 56-bit key can be searched exhaustively; use AES-GCM (cipher.NewGCM) or chacha20poly1305 (CL301)"
	testutil.Equal(t, "with -tests", got, []string{"edge_test.go:6:2: " + des, "gen.go:8:2: " + des, "gen.go:8:2: " + des})
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
// the real golang.org/x/crypto v0.54.0, github.com/golang-jwt/jwt/v5
// v5.2.2, github.com/go-jose/go-jose/v4 v4.1.4,
// github.com/cristalhq/jwt/v4 v4.0.2 and github.com/kataras/jwt v0.1.12.
// analysistest loads it with GOPROXY=off, so the modules are downloaded
// first.
func TestRealModules(t *testing.T) {
	testutil.RunModule(t, "realmod", weakalgo.New())
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

// TestConfigFile checks thresholds from a .cryptolint.yaml.
func TestConfigFile(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), weakalgo.New(), "configured")
}

// TestNonceFlow checks IVs, nonces, keys and key sizes across calls
// (parameters, returns, closures, pointers, recursion) and fills that do
// not fill (partial, one branch, after the use, constant stores).
func TestNonceFlow(t *testing.T) { run(t, "nonceflow") } // CL311, CL314, CL323

// TestSSHCallbacks checks host key callbacks that return nil for every key.
func TestSSHCallbacks(t *testing.T) { run(t, "sshcb") } // CL322

// TestTLSFlow checks cipher suites appended or looped over, and the one
// run-time-option exemption of CL316, CL317 and CL318.
func TestTLSFlow(t *testing.T) { run(t, "tlsflow") } // CL316, CL317, CL318

// TestJOSE checks hard-coded keys given to JWT and JOSE libraries other
// than golang-jwt's SignedString: Keyfuncs, go-jose, gin-jwt, gf-jwt,
// cristalhq, go-kit, jwx, kataras/jwt and iris's middleware/jwt
// (kataras/jwt's table is measured in TestPeers, gf-jwt's and iris's too).
func TestJOSE(t *testing.T) { run(t, "jose") } // CL323

// TestCrossPackage checks the facts that carry a wrapper's summary to the
// packages calling it, including one that imports no crypto package.
func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), weakalgo.New(), "crossflow/sealer", "crossflow/app", "crossflow/nocrypto")
}

// TestTestdataTypeChecks keeps the test packages well-typed: the analyzer
// runs despite type errors, so a stub lacking a method would otherwise
// make a test pass that checks nothing.
func TestTestdataTypeChecks(t *testing.T) {
	testutil.TypeCheckTestdata(t, analysistest.TestData())
}

func TestHardKeyset(t *testing.T) { run(t, "hardkeyset") } // CL323 for Tink and fieldcrypt keysets
