package rules_test

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/internal/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md from the rule table")

// TestDocsUpToDate fails when docs/rules.md no longer matches the table.
func TestDocsUpToDate(t *testing.T) {
	const path = "../../docs/rules.md"
	want := rules.Markdown()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is stale: run go test ./internal/rules -update", path)
	}
}

var (
	idPattern   = regexp.MustCompile(`^CL[0-3][0-9][0-9]$`)
	mentionedID = regexp.MustCompile(`\bCL[0-9]{3}\b`)
)

// TestTable checks the invariants of the table: unique well-formed IDs in
// the analyzer's range, a severity, a title in house style, and help text.
func TestTable(t *testing.T) {
	ranges := map[string]byte{"directives": '0', "plaintextsecret": '1', "mongotls": '2', "weakalgo": '3'}
	seen := map[string]bool{}
	for _, r := range rules.All() {
		if !idPattern.MatchString(r.ID) {
			t.Errorf("%s: malformed ID", r.ID)
		}
		if seen[r.ID] {
			t.Errorf("%s: duplicate ID", r.ID)
		}
		seen[r.ID] = true
		if d, ok := ranges[r.Analyzer]; !ok || r.ID[2] != d {
			t.Errorf("%s: analyzer %q does not own this ID range", r.ID, r.Analyzer)
		}
		if r.Severity < rules.Low || r.Severity > rules.High {
			t.Errorf("%s: no severity", r.ID)
		}
		if r.Title == "" || strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title %q: want a phrase without a trailing period", r.ID, r.Title)
		}
		// The table appends the sentence on suppression to every rule's
		// help: check the text written for the rule, before it.
		i := strings.LastIndex(r.Help, "\n\n")
		if i < 0 {
			t.Errorf("%s: help has no paragraph before the one on suppression", r.ID)
			continue
		}
		written, suppress := r.Help[:i], r.Help[i+2:]
		if !strings.Contains(written, "\nFix: ") && !strings.HasPrefix(written, "Fix: ") {
			t.Errorf("%s: help must have a paragraph starting \"Fix: \"", r.ID)
		}
		for _, id := range mentionedID.FindAllString(written, -1) {
			if rules.ByID(id) == nil {
				t.Errorf("%s: help mentions %s, which is not a rule", r.ID, id)
			}
		}
		if want := "Suppress a reviewed finding with `//cryptolint:ignore " + r.ID + " -- reason`"; !strings.HasPrefix(suppress, want) {
			t.Errorf("%s: help ends with %q, want the suppression sentence for this rule", r.ID, suppress)
		}
		if r.Since == "" {
			t.Errorf("%s: no Since version", r.ID)
		}
		if rules.ByID(strings.ToLower(r.ID)) != r {
			t.Errorf("%s: ByID does not find it case-insensitively", r.ID)
		}
	}
	if len(seen) == 0 {
		t.Fatal("empty rule table")
	}
}

func TestParseSeverity(t *testing.T) {
	for _, s := range []rules.Severity{rules.Low, rules.Medium, rules.High} {
		got, err := rules.ParseSeverity(strings.ToUpper(s.String()))
		if err != nil || got != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := rules.ParseSeverity("critical"); err == nil {
		t.Error("ParseSeverity(critical): want an error")
	}
}
