package rules_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
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
	var policy rules.Policy
	a := &analysis.Analyzer{Name: "mongotls", Doc: "test analyzer"}
	rules.PolicyFlags(&a.Flags, &policy)
	a.Run = func(pass *analysis.Pass) (any, error) {
		rep := rules.NewReporter(pass, &policy)
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
	rules.PolicyOf(a).UnusedIgnores = true // as drivers set it
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
	rules.PolicyOf(a).EmitSuppressed = true // as drivers set it
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

// TestSuppressed checks that Suppressed reads back every suppressed
// finding: the rule, the message, the related information after the
// directive's, and the justification.
func TestSuppressed(t *testing.T) {
	a := newBad()
	rules.PolicyOf(a).EmitSuppressed = true
	res := analysistest.Run(&testutil.Quiet{T: t, Skip: "unexpected diagnostic"}, analysistest.TestData(), a, "r")
	var got []string
	for _, r := range res {
		for _, d := range r.Diagnostics {
			u, s, ok := rules.Suppressed(d)
			if !ok {
				if d.Category != "CL201" {
					t.Errorf("%s: not read back as suppressed", d.Category)
				}
				continue
			}
			got = append(got, fmt.Sprintf("%d: %s: %s: %d related: %s", r.Pass.Fset.Position(d.Pos).Line, u.Category, u.Message, len(u.Related), s.Justification))
		}
	}
	slices.Sort(got)
	want := []string{
		"10: CL201: bad value (CL201): 0 related: //nolint",
		"12: CL201: bad value (CL201): 0 related: reviewed",
		"17: CL201: bad value (CL201): 0 related: //nolint",
		"6: CL201: bad value (CL201): 0 related: //nolint",
		"7: CL201: bad value (CL201): 0 related: //nolint",
		"8: CL201: bad value (CL201): 0 related: //nolint",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPolicyOf checks that the policy flags and PolicyOf set the same
// values, and that an analyzer without policy flags has no policy.
func TestPolicyOf(t *testing.T) {
	a := newBad()
	for _, name := range []string{"tests", "unused-ignores", rules.EmitSuppressedFlag} {
		if err := a.Flags.Set(name, "true"); err != nil {
			t.Fatal(err)
		}
	}
	if p := rules.PolicyOf(a); p == nil || !p.Tests || !p.UnusedIgnores || !p.EmitSuppressed || !p.TestsSet() || p.Excluded != nil {
		t.Errorf("policy after the flags: %+v, want every flag true and -tests recorded as set", p)
	}
	if p := rules.PolicyOf(newBad()); p.TestsSet() {
		t.Error("a fresh analyzer's -tests flag counts as set")
	}
	if p := rules.PolicyOf(&analysis.Analyzer{Name: "other"}); p != nil {
		t.Errorf("analyzer without policy flags: policy %+v, want nil", p)
	}
}

// TestReporterExcluded checks the policy's Excluded (the configuration
// file's exclude entries): an excluded finding is not reported, even with
// -emit-suppressed, and the directives that named it become unused,
// reported (CL003) unless CL003 is excluded there too.
func TestReporterExcluded(t *testing.T) {
	count := func(excluded ...string) map[string]int {
		a := newBad()
		p := rules.PolicyOf(a)
		p.UnusedIgnores, p.EmitSuppressed = true, true
		p.Excluded = func(rule *rules.Rule, file string) bool {
			return strings.HasSuffix(file, "r.go") && slices.Contains(excluded, rule.ID)
		}
		res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), a, "r")
		got := map[string]int{}
		for _, r := range res {
			for _, d := range r.Diagnostics {
				got[d.Category]++
			}
		}
		return got
	}
	if got := count(); got["CL201"] == 0 || got[rules.SuppressedPrefix+"CL201"] == 0 {
		t.Fatalf("nothing excluded: %v, want findings and suppressed findings", got)
	}
	if got := count("CL201"); got["CL201"] != 0 || got[rules.SuppressedPrefix+"CL201"] != 0 || got["CL003"] == 0 {
		t.Errorf("CL201 excluded: %v, want no CL201 at all and the directives unused", got)
	}
	if got := count("CL201", "CL003"); len(got) != 0 {
		t.Errorf("CL201 and CL003 excluded: %v, want nothing", got)
	}
}
