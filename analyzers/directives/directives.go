package directives

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	cfgfile "github.com/cryptolint/cryptolint/internal/config"
	"github.com/cryptolint/cryptolint/internal/directive"
	"github.com/cryptolint/cryptolint/internal/rules"
)

//go:embed doc.go
var doc string

// Analyzer is the directives analyzer with its flags at their defaults.
var Analyzer = New()

// New returns a fresh directives analyzer with its own flag values.
func New() *analysis.Analyzer {
	c := new(config)
	a := &analysis.Analyzer{
		Name: "directives",
		Doc:  rules.MustExtractDoc(doc, "directives"),
		URL:  rules.DocsURL + "#directives",
		Run:  c.run,
		// Directives are comments: they can be checked in any package.
		RunDespiteErrors: true,
	}
	rules.PolicyFlags(&a.Flags, &c.policy)
	return a
}

// config holds one analyzer instance's flag values.
type config struct {
	policy rules.Policy
}

func (c *config) run(pass *analysis.Pass) (any, error) {
	cfg, err := cfgfile.ForPass(pass)
	if err != nil {
		return nil, err
	}
	rep := rules.NewReporter(pass, cfg.Policy(&c.policy))
	analyzers := knownAnalyzers()
	for _, f := range pass.Files {
		if rep.Skip(f) {
			continue // test or generated file, outside the policy
		}
		for _, d := range directive.File(pass.Fset, f) {
			check(rep, d, f, analyzers)
		}
	}
	return nil, nil
}

// check reports what is wrong with one directive.
func check(rep *rules.Reporter, d directive.Directive, f *ast.File, analyzers map[string]bool) {
	rng := commentAt(f, d)
	if d.Err != "" {
		rep.Report(rules.MalformedDirective, rng, d.Err)
	}
	for _, n := range d.Names {
		if rules.ByID(n) == nil && !analyzers[n] {
			rep.Report(rules.UnknownRuleDirective, rng,
				fmt.Sprintf("//cryptolint:ignore names %q, which is neither a rule nor an analyzer; name the rule at the end of the finding's message (cryptolint -rules lists them)", n))
		}
	}
}

// commentAt returns the comment holding the directive, for its range.
func commentAt(f *ast.File, d directive.Directive) analysis.Range {
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if c.Pos() == d.Pos {
				return c
			}
		}
	}
	return posRange(d.Pos)
}

// knownAnalyzers returns the analyzer names of the rule table, this
// analyzer's own ("directives", for CL001-CL004) among them.
func knownAnalyzers() map[string]bool {
	m := map[string]bool{}
	for _, r := range rules.All() {
		m[strings.ToLower(r.Analyzer)] = true
	}
	return m
}

// posRange is the range of a single position.
type posRange token.Pos

func (p posRange) Pos() token.Pos { return token.Pos(p) }
func (p posRange) End() token.Pos { return token.Pos(p) }
