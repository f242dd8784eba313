package plaintextsecret_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/analyzers/plaintextsecret"
)

func TestV2(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "a")
}

// TestWrappers follows parameters through repository methods, a generic
// helper and a service, across packages, to the outermost call.
func TestWrappers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), plaintextsecret.New(), "wrap/...")
}
