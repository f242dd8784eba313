// Package cryptolint is the suite of cryptolint analyzers: the one list that
// the cryptolint command, go vet -vettool and the golangci-lint plugin run.
package cryptolint

import (
	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/analyzers/directives"
	"github.com/cryptolint/cryptolint/analyzers/mongotls"
	"github.com/cryptolint/cryptolint/analyzers/plaintextsecret"
	"github.com/cryptolint/cryptolint/analyzers/weakalgo"
	"github.com/cryptolint/cryptolint/internal/suite"
)

// Analyzers is the suite, with each analyzer's flags at their defaults.
var Analyzers = NewAnalyzers()

// NewAnalyzers returns fresh instances of the suite, each with its own flag
// values and all sharing one set of suite-wide settings (the sensitive
// names and driver modules that -plaintextsecret.names, -.ignore and
// -.drivers, and -mongotls.drivers, set), for drivers that need distinct
// analyzer values (golangci-lint maps each analyzer pointer to one linter).
func NewAnalyzers() []*analysis.Analyzer {
	s := suite.New()
	return []*analysis.Analyzer{
		plaintextsecret.NewFor(s),
		mongotls.NewFor(s),
		weakalgo.NewFor(s),
		directives.New(),
	}
}
