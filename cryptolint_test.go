package cryptolint_test

import (
	"testing"

	"github.com/cryptolint/cryptolint"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// TestRuleAnalyzersInSuite checks that every rule names an analyzer of the
// suite, the name that directives, -enable/-disable, SARIF and the plugin
// use for it.
func TestRuleAnalyzersInSuite(t *testing.T) {
	suite := map[string]bool{}
	for _, a := range cryptolint.Analyzers {
		suite[a.Name] = true
	}
	for _, r := range rules.All() {
		if !suite[r.Analyzer] {
			t.Errorf("%s: analyzer %q is not an analyzer of the suite", r.ID, r.Analyzer)
		}
	}
}
