package mongotls_test

import (
	"fmt"
	"path/filepath"
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
func TestLoopbackDefault(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), mongotls.New(), "loopback")
	for _, r := range res {
		if len(r.Diagnostics) != 0 {
			t.Errorf("loopback URIs reported without -loopback: %v", r.Diagnostics)
		}
	}
}

// TestTestsFlag checks that -tests reports in test and generated files,
// which the default policy skips (TestEdgeCases has no want there).
func TestTestsFlag(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), testutil.WithFlags(t, mongotls.New(), "tests", "true"), "edge")
	got := map[string]string{}
	for _, r := range res {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			got[fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)] = d.Category
		}
	}
	for _, want := range []string{"edge_test.go:4:17", "gen.go:6:22"} {
		if got[want] != "CL201" {
			t.Errorf("with -tests: no CL201 at %s; got %v", want, got)
		}
	}
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
	var got []string
	for _, r := range res {
		for _, d := range r.Diagnostics {
			got = append(got, fmt.Sprintf("%d:%s", r.Pass.Fset.Position(d.Pos).Line, d.Category))
		}
	}
	if len(got) != 1 || got[0] != "11:CL201" {
		t.Errorf("without -drivers got %v, want [11:CL201]", got)
	}
}

// TestDriverForkByLayout checks that a fork published under a module path
// ending in mongo-driver (or mongo-go-driver) is the driver without
// -drivers.
func TestDriverForkByLayout(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), mongotls.New(), "autofork")
}
