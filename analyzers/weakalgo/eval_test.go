package weakalgo_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/analyzers/weakalgo"
	"github.com/cryptolint/cryptolint/internal/rules"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

// evalPackages hold the labelled corpus, testdata/src/eval: realistic
// snippets, each judged line labelled "eval want CLnnn" (a finding of that
// rule is expected on the line) or "eval ok CLnnn" (a naive matcher would
// report it; none is expected). Cases the analyzer is known to miss are
// labelled as findings too, so recall is honest.
var evalPackages = []string{"eval/crypto", "eval/passwords", "eval/random", "eval/tlsapp"}

// recallFloor is the least recall accepted for each rule; precision must
// be 1.
const recallFloor = 0.75

var evalLabel = regexp.MustCompile(`// eval (want|ok)((?: CL\d{3})+)`)

// TestEval runs the analyzer over the labelled corpus and reports
// precision and recall per rule. A diagnostic on a line not labelled
// "eval want" for its rule counts as a false positive.
func TestEval(t *testing.T) {
	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), weakalgo.New(), evalPackages...)

	type key struct {
		file string
		line int
		rule string
	}
	want := map[key]bool{} // true: finding expected; false: labelled clean
	testdataLines(t, evalPackages, func(f string, n int, line string) {
		m := evalLabel.FindStringSubmatch(line)
		if m == nil {
			return
		}
		for _, id := range strings.Fields(m[2]) {
			if rules.ByID(id) == nil {
				t.Errorf("%s:%d: unknown rule %s", f, n, id)
			}
			want[key{filepath.Base(f), n, id}] = m[1] == "want"
		}
	})

	got := map[key]bool{}
	for _, r := range res {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			got[key{filepath.Base(p.Filename), p.Line, d.Category}] = true
		}
	}

	type stats struct{ tp, fp, fn, tn int }
	per := map[string]*stats{}
	at := func(id string) *stats {
		if per[id] == nil {
			per[id] = new(stats)
		}
		return per[id]
	}
	for k, finding := range want {
		switch s := at(k.rule); {
		case finding && got[k]:
			s.tp++
		case finding:
			s.fn++
			t.Logf("missed    %s:%d %s", k.file, k.line, k.rule)
		case got[k]:
			// counted below as a false positive
		default:
			s.tn++
		}
	}
	for k := range got {
		if !want[k] {
			at(k.rule).fp++
			t.Errorf("false positive %s:%d %s", k.file, k.line, k.rule)
		}
	}

	ids := make([]string, 0, len(per))
	for id := range per {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-6s %4s %4s %4s %4s %9s %6s\n", "rule", "TP", "FP", "FN", "TN", "precision", "recall")
	var all stats
	for _, id := range ids {
		s := per[id]
		all.tp, all.fp, all.fn, all.tn = all.tp+s.tp, all.fp+s.fp, all.fn+s.fn, all.tn+s.tn
		prec, rec := ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn)
		fmt.Fprintf(&b, "%-6s %4d %4d %4d %4d %9.2f %6.2f\n", id, s.tp, s.fp, s.fn, s.tn, prec, rec)
		if prec < 1 {
			t.Errorf("%s: precision %.2f < 1", id, prec)
		}
		if s.tp+s.fn > 0 && rec < recallFloor {
			t.Errorf("%s: recall %.2f < %.2f", id, rec, recallFloor)
		}
	}
	fmt.Fprintf(&b, "%-6s %4d %4d %4d %4d %9.2f %6.2f", "all", all.tp, all.fp, all.fn, all.tn, ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn))
	t.Log(b.String())

	var uncovered []string
	for _, r := range rules.ForAnalyzer("weakalgo") {
		if per[r.ID] == nil || per[r.ID].tp+per[r.ID].fn == 0 {
			uncovered = append(uncovered, r.ID)
		}
	}
	t.Logf("rules without labelled findings in the corpus (covered by the unit tests): %s", strings.Join(uncovered, " "))
}

// ratio returns n/d, or 1 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// testdataLines calls fn with every line (numbered from 1) of the Go files
// of the testdata packages pkgs, and fails when a package has none.
func testdataLines(t *testing.T, pkgs []string, fn func(file string, n int, line string)) {
	t.Helper()
	for _, pkg := range pkgs {
		files, err := filepath.Glob(filepath.Join(analysistest.TestData(), "src", pkg, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", pkg, err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(string(data), "\n") {
				fn(f, i+1, line)
			}
		}
	}
}
