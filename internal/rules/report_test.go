package rules_test

import (
	"go/ast"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/internal/rules"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

// newBad returns an analyzer reporting CL201 on every "bad" literal, with
// the policy flags, to test the Reporter as analyzers use it.
func newBad() *analysis.Analyzer {
	var tests bool
	a := &analysis.Analyzer{Name: "mongotls", Doc: "test analyzer"}
	rules.PolicyFlags(&a.Flags, &tests)
	a.Run = func(pass *analysis.Pass) (any, error) {
		rep := rules.NewReporter(pass, tests)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && lit.Value == `"bad"` {
					rep.Report(rules.MongoNoTLSExposed, lit, "bad value")
				}
				return true
			})
		}
		rep.Finish()
		return nil, nil
	}
	return a
}

// TestReporterSuppression checks //nolint forms and ignore directives: on
// their own line, and on the next line only when alone on theirs.
func TestReporterSuppression(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newBad(), "r")
}

// TestReporterUnused checks CL003 with -unused-ignores.
func TestReporterUnused(t *testing.T) {
	a := newBad()
	if err := a.Flags.Set("unused-ignores", "true"); err != nil {
		t.Fatal(err)
	}
	res := analysistest.Run(&testutil.Quiet{T: t, Skip: "unexpected diagnostic: //cryptolint:ignore CL201 suppresses no"}, analysistest.TestData(), a, "r")
	var got []string
	for _, r := range res {
		for _, d := range r.Diagnostics {
			if d.Category == "CL003" {
				got = append(got, r.Pass.Fset.Position(d.Pos).String()+": "+d.Message)
			}
		}
	}
	if len(got) != 1 || !strings.HasSuffix(got[0], "r.go:19:1: //cryptolint:ignore CL201 suppresses no mongotls finding; remove it (CL003)") {
		t.Errorf("CL003: %q", got)
	}
}

// TestReporterEmitSuppressed checks that -emit-suppressed reports the
// suppressed findings, marked, with the directive as first related
// position, and reports the others unchanged.
func TestReporterEmitSuppressed(t *testing.T) {
	a := newBad()
	if err := a.Flags.Set("emit-suppressed", "true"); err != nil {
		t.Fatal(err)
	}
	res := analysistest.Run(&testutil.Quiet{T: t, Skip: "unexpected diagnostic"}, analysistest.TestData(), a, "r")
	kinds := map[string]int{}
	var reason string
	for _, r := range res {
		for _, d := range r.Diagnostics {
			kinds[d.Category]++
			if d.Category == rules.SuppressedPrefix+"CL201" && r.Pass.Fset.Position(d.Pos).Line == 12 {
				reason = d.Related[0].Message
			}
		}
	}
	if kinds["CL201"] != 4 || kinds["suppressed:CL201"] != 6 {
		t.Errorf("categories %v, want 4 CL201 and 6 suppressed:CL201", kinds)
	}
	if reason != "suppressed by //cryptolint:ignore -- reviewed" {
		t.Errorf("reason %q", reason)
	}
}
