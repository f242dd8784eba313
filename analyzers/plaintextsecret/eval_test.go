package plaintextsecret_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/analyzers/plaintextsecret"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

var label = regexp.MustCompile(`// expect (CL\d{3}|clean)`)

// TestEvaluation runs the analyzer over the labelled corpus in
// testdata/src/eval and logs precision and recall per rule. It fails when
// precision drops below 1 or recall below 0.75 for CL101.
func TestEvaluation(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "src", "eval")
	labels := map[string]string{} // file:line -> expected rule or "clean"
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no Go files (%v)", dir, err)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			if m := label.FindStringSubmatch(sc.Text()); m != nil {
				labels[fmt.Sprintf("%s:%d", filepath.Base(name), line)] = m[1]
			}
		}
		f.Close()
	}

	res := analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), plaintextsecret.New(), "eval")
	type finding struct{ rule, msg string }
	got := map[string][]finding{} // file:line -> every finding there
	for _, r := range res {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			k := fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
			got[k] = append(got[k], finding{d.Category, d.Message})
		}
	}

	type counts struct{ tp, fp, fn int }
	per := map[string]*counts{}
	at := func(rule string) *counts {
		if per[rule] == nil {
			per[rule] = &counts{}
		}
		return per[rule]
	}
	var wrong []string
	for line, want := range labels {
		matched := false
		for _, f := range got[line] {
			if f.rule == want && !matched {
				matched = true
				at(want).tp++
				continue
			}
			at(f.rule).fp++ // a second finding on a labelled line is one too many
			wrong = append(wrong, fmt.Sprintf("%s: false %s: %s", line, f.rule, f.msg))
		}
		if want != "clean" && !matched {
			at(want).fn++
			wrong = append(wrong, fmt.Sprintf("%s: missed %s", line, want))
		}
	}
	for line, fs := range got {
		if _, ok := labels[line]; !ok {
			for _, f := range fs {
				at(f.rule).fp++
				wrong = append(wrong, fmt.Sprintf("%s: unlabelled %s: %s", line, f.rule, f.msg))
			}
		}
	}
	slices.Sort(wrong)
	rules := make([]string, 0, len(per))
	for r := range per {
		rules = append(rules, r)
	}
	slices.Sort(rules)
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %4s %4s %4s %9s %6s\n", "rule", "TP", "FP", "FN", "precision", "recall")
	for _, r := range rules {
		c := per[r]
		p, rc := ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)
		fmt.Fprintf(&b, "%-6s %4d %4d %4d %9.2f %6.2f\n", r, c.tp, c.fp, c.fn, p, rc)
		if p < 1 {
			t.Errorf("%s: precision %.2f < 1", r, p)
		}
		if r == "CL101" && rc < 0.75 {
			t.Errorf("%s: recall %.2f < 0.75", r, rc)
		}
	}
	t.Logf("plaintextsecret on %d labelled writes:\n%s\nwrong:\n  %s", len(labels), b.String(), strings.Join(wrong, "\n  "))
}

// ratio is a/b, or 1 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
