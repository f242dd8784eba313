// Package rules is the single rule table of cryptolint.
//
// Every rule ID, title, severity, CWE and help text is spelled here and
// nowhere else. Analyzers report through [Reporter], which stamps the rule
// ID into Diagnostic.Category and at the end of the message, so the ID is
// visible under every driver (the cryptolint command, go vet -vettool and
// golangci-lint). Drivers read severities and CWEs from this table.
//
// IDs are never reused or renumbered: CL0xx is the tool itself, CL1xx
// plaintextsecret, CL2xx mongotls, CL3xx weakalgo.
package rules

import (
	"fmt"
	"slices"
	"strings"
)

// Severity ranks how bad a finding is. The zero value is invalid.
type Severity int

// Severities, lowest first, so that comparisons read naturally.
const (
	Low Severity = iota + 1
	Medium
	High
)

// String returns the lower-case name used in output and flags.
func (s Severity) String() string {
	switch s {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// ParseSeverity parses "low", "medium" or "high".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "low":
		return Low, nil
	case "medium":
		return Medium, nil
	case "high":
		return High, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium or high)", s)
}

// Rule is one row of the table.
type Rule struct {
	ID       string   // CLnnn
	Analyzer string   // name of the analyzer that reports it
	Title    string   // short, lower-case summary
	Severity Severity // one per rule
	CWE      int      // primary CWE, 0 if none fits
	Since    string   // first version that reported it
	// Help is Markdown: why it matters, how to fix, how to suppress.
	Help string
	// FixChangesBehaviour is set when the rule's suggested fix changes what
	// the program does at run time (enabling TLS needs a server that speaks it).
	FixChangesBehaviour bool
}

// CWEString returns "CWE-n", or "" when the rule has no CWE.
func (r *Rule) CWEString() string {
	if r.CWE == 0 {
		return ""
	}
	return fmt.Sprintf("CWE-%d", r.CWE)
}

// URL returns the documentation anchor of the rule.
func (r *Rule) URL() string {
	return DocsURL + "#" + strings.ToLower(r.ID)
}

// DocsURL is where docs/rules.md is published.
const DocsURL = "https://github.com/cryptolint/cryptolint/blob/main/docs/rules.md"

// suppressHelp is appended to every rule's help text.
const suppressHelp = "Suppress a reviewed finding with `//cryptolint:ignore %s -- reason` on the reported line or the line above."

var table []*Rule

// define adds a rule to the table; called only from this package's var blocks.
func define(r Rule) *Rule {
	p := &r
	p.Help = strings.TrimSpace(p.Help) + "\n\n" + fmt.Sprintf(suppressHelp, r.ID)
	table = append(table, p)
	return p
}

// All returns the rules ordered by ID.
func All() []*Rule {
	out := slices.Clone(table)
	slices.SortFunc(out, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// ByID returns the rule with the given ID (case-insensitive), or nil.
func ByID(id string) *Rule {
	for _, r := range table {
		if strings.EqualFold(r.ID, id) {
			return r
		}
	}
	return nil
}

// ForAnalyzer returns the rules of one analyzer, ordered by ID.
func ForAnalyzer(name string) []*Rule {
	var out []*Rule
	for _, r := range All() {
		if r.Analyzer == name {
			out = append(out, r)
		}
	}
	return out
}
