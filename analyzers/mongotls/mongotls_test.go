package mongotls_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/analyzers/mongotls"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

func TestV2(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "a")
}

func TestV1(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "v1driver")
}

func TestEdgeCases(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "edge")
}

func TestMgoAndQmgo(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "mgo")
}

func TestLoopbackFlag(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), testutil.WithFlags(t, mongotls.New(), "loopback", "true"), "loopback")
}

// TestLoopbackDefault checks that the same package is silent by default.
// Quiet passes load and analysis failures on, so a package that stops
// loading fails the test.
func TestLoopbackDefault(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), mongotls.New(), "loopback")
	if len(res) == 0 {
		t.Fatal("the loopback package was not analyzed")
	}
	testutil.Equal(t, "loopback URIs without -loopback", testutil.Diagnostics(res), nil)
}

// TestTestsFlag checks that -tests reports in test, test support and
// generated files, which the default policy skips (TestEdgeCases has no
// want there). gen.go and suite.go are reported twice: in the package and
// in its test variant.
func TestTestsFlag(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), testutil.WithFlags(t, mongotls.New(), "tests", "true"), "edge")
	var got []string
	for _, d := range testutil.Diagnostics(res) {
		if strings.HasPrefix(d, "edge_test.go:") || strings.HasPrefix(d, "gen.go:") || strings.HasPrefix(d, "suite.go:") {
			got = append(got, d) // the files the default policy skips
		}
	}
	gen := `gen.go:6:22: CL201: mongodb URI "mongodb://generated.example.com/app" connects to public host generated.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`
	suite := `suite.go:10:9: CL201: mongodb URI "mongodb://suite.example.com/app" connects to public host suite.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`
	testutil.Equal(t, "with -tests", got, []string{
		`edge_test.go:4:17: CL201: mongodb URI "mongodb://test-only.example.com/app" connects to public host test-only.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`,
		gen, gen, suite, suite,
	})
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), mongotls.New(), "fixes")
}

// TestRealDrivers runs the analyzer on a module that type-checks against
// the real go.mongodb.org/mongo-driver v1.17.10 and v2.10.0. analysistest
// loads it offline, so testutil.RunModule downloads the modules first.
func TestRealDrivers(t *testing.T) {
	testutil.RunModule(t, "realdriver", mongotls.New())
}

// TestDriverFork checks -drivers: a fork's options are matched like the
// driver's. Without the flag the SetTLSConfig chain is not recognised, so
// the URI would be reported; with it, it is not.
func TestDriverFork(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), testutil.WithFlags(t, mongotls.New(), "drivers", "github.com/acme/mongodb-client/v2"), "fork")
}

// TestDriverForkWithoutFlag checks the other half: without -drivers the
// fork is not the driver, so only the URI literal (whose TLS config is
// not recognised) is reported.
func TestDriverForkWithoutFlag(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), mongotls.New(), "fork")
	testutil.Equal(t, "without -drivers", testutil.Diagnostics(res), []string{
		`fork.go:11:28: CL201: mongodb URI "mongodb://fork.example.com/app" connects to public host fork.example.com without TLS; add tls=true or set a TLS config on the client options (CL201)`,
	})
}

// TestDriverForkByLayout checks that a fork published under a module path
// ending in mongo-driver (or mongo-go-driver) is the driver without
// -drivers.
func TestDriverForkByLayout(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "autofork")
}

// TestConfigFile checks loopback: true and an exclude entry from a
// .cryptolint.yaml, and that a flag set explicitly wins over the file.
func TestConfigFile(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "configured")
	a := mongotls.New()
	if err := a.Flags.Set("loopback", "false"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "configuredflag")
}

// TestTestdataTypeChecks keeps the test packages well-typed: the analyzer
// runs despite type errors, so a stub lacking a method would otherwise
// make a test pass that checks nothing.
func TestTestdataTypeChecks(t *testing.T) {
	testutil.TypeCheckTestdata(t, analysistest.TestData())
}
