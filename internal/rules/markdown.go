package rules

import (
	"fmt"
	"strings"
)

// Markdown renders the rule table as docs/rules.md.
func Markdown() string {
	var b strings.Builder
	b.WriteString("# cryptolint rules\n\n")
	b.WriteString("<!-- Generated from internal/rules by `go test ./internal/rules -update`. Do not edit. -->\n\n")
	b.WriteString("Every finding carries its rule ID at the end of the message, e.g. `(CL201)`.\n")
	b.WriteString("`cryptolint -explain CLnnn` prints the same text in the terminal.\n\n")
	b.WriteString("| ID | Analyzer | Severity | CWE | Title |\n|---|---|---|---|---|\n")
	for _, r := range All() {
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Analyzer, r.Severity, cweLink(r), r.Title)
	}
	analyzer := ""
	for _, r := range All() {
		if r.Analyzer != analyzer {
			analyzer = r.Analyzer
			fmt.Fprintf(&b, "\n## %s\n", analyzer)
		}
		fmt.Fprintf(&b, "\n### %s\n\n**%s**\n\n", r.ID, r.Title)
		fmt.Fprintf(&b, "Severity: %s. CWE: %s. Since: %s.", r.Severity, cweLink(r), r.Since)
		if r.FixChangesBehaviour {
			b.WriteString(" The suggested fix changes run-time behaviour.")
		}
		b.WriteString("\n\n")
		b.WriteString(r.Help)
		b.WriteString("\n")
	}
	return b.String()
}

// cweLink returns a Markdown link to the CWE entry, or "none".
func cweLink(r *Rule) string {
	if r.CWE == 0 {
		return "none"
	}
	return fmt.Sprintf("[%s](https://cwe.mitre.org/data/definitions/%d.html)", r.CWEString(), r.CWE)
}
