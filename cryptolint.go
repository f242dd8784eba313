// Package cryptolint is the suite of cryptolint analyzers: the one list that
// the cryptolint command, go vet -vettool and the golangci-lint plugin run.
package cryptolint

import (
	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/analyzers/directives"
	"github.com/cryptolint/cryptolint/analyzers/mongotls"
	"github.com/cryptolint/cryptolint/analyzers/plaintextsecret"
	"github.com/cryptolint/cryptolint/analyzers/weakalgo"
)

// Analyzers is the suite, with each analyzer's flags at their defaults.
var Analyzers = []*analysis.Analyzer{
	plaintextsecret.Analyzer,
	mongotls.Analyzer,
	weakalgo.Analyzer,
	directives.Analyzer,
}

// NewAnalyzers returns fresh instances of the suite, each with its own flag
// values, for drivers that need distinct analyzer values (golangci-lint maps
// each analyzer pointer to one linter).
func NewAnalyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		plaintextsecret.New(),
		mongotls.New(),
		weakalgo.New(),
		directives.New(),
	}
}
