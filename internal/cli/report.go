package cli

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/fatih/color"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// SchemaVersion is the version of the JSON report's shape (docs/json.md).
// It changes only when a field is removed or changes meaning.
const SchemaVersion = 1

// Report is the whole result of a run; its JSON form is documented in
// docs/json.md.
type Report struct {
	SchemaVersion int         `json:"schemaVersion"`
	Tool          Tool        `json:"tool"`
	Findings      []Finding   `json:"findings"`
	Errors        []LoadError `json:"errors"`
	Summary       Summary     `json:"summary"`
}

// Tool names the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Finding is one reported problem.
type Finding struct {
	File      string    `json:"file"`
	Line      int       `json:"line"`
	Column    int       `json:"column"`
	EndLine   int       `json:"endLine"`
	EndColumn int       `json:"endColumn"`
	Rule      string    `json:"rule"`
	Severity  string    `json:"severity"`
	CWE       string    `json:"cwe,omitempty"`
	Analyzer  string    `json:"analyzer"`
	Message   string    `json:"message"`
	URL       string    `json:"url,omitempty"`
	Related   []Related `json:"related,omitempty"`
	Fixes     []Fix     `json:"fixes,omitempty"`
	// Fingerprint identifies the finding across edits that move lines: a
	// hash of the rule, the file, the reported line's text and the message.
	Fingerprint string `json:"fingerprint"`
	// Suppressed holds the directive's justification of a finding that a
	// directive suppressed; only SARIF output shows such findings.
	Suppressed *Suppression `json:"suppression,omitempty"`
	// Baselined marks a finding recorded in the -baseline file: not shown.
	Baselined bool `json:"-"`

	severity rules.Severity
}

// Suppression is why a finding is suppressed.
type Suppression struct {
	Justification string `json:"justification"`
}

// Related is a position that explains a finding.
type Related struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// Fix is a suggested fix: edits that belong together.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the bytes from Start to End of File with New.
type Edit struct {
	File  string `json:"file"`
	Start Point  `json:"start"`
	End   Point  `json:"end"`
	New   string `json:"new"`
}

// Point is a position in a file; Offset counts bytes from 0.
type Point struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

// LoadError is a package that could not be loaded, type-checked or analyzed.
type LoadError struct {
	Package  string `json:"package,omitempty"`
	Position string `json:"position,omitempty"`
	Message  string `json:"message"`
}

// String formats the error for the terminal.
func (e LoadError) String() string {
	switch {
	case e.Position != "":
		return e.Position + ": " + e.Message
	case e.Package != "":
		return e.Package + ": " + e.Message
	}
	return e.Message
}

// Summary counts the findings per severity.
type Summary struct {
	Findings int `json:"findings"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
	Errors   int `json:"errors"`
	// Baselined counts the findings recorded in the -baseline file, which
	// are neither listed nor counted above.
	Baselined int `json:"baselined,omitempty"`
}

// active returns the findings that count: not suppressed, not in the
// baseline.
func (r *Report) active() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Suppressed == nil && !f.Baselined {
			out = append(out, f)
		}
	}
	return out
}

// finish sorts the report, fingerprints the findings and fills the
// summary; empty lists stay [] in JSON.
func (r *Report) finish(src *sources) {
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if r.Errors == nil {
		r.Errors = []LoadError{}
	}
	slices.SortFunc(r.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Message, b.Message))
	})
	fingerprint(r.Findings, src)
	r.summarize()
}

// summarize counts the active findings per severity.
func (r *Report) summarize() {
	active := r.active()
	r.Summary = Summary{Findings: len(active), Errors: len(r.Errors)}
	for _, f := range r.Findings {
		if f.Baselined {
			r.Summary.Baselined++
		}
	}
	for _, f := range active {
		switch f.severity {
		case rules.High:
			r.Summary.High++
		case rules.Medium:
			r.Summary.Medium++
		case rules.Low:
			r.Summary.Low++
		}
	}
}

// writeReport writes the report in the chosen format to -o or stdout.
func writeReport(r *Report, o *options, src *sources, stdout io.Writer) error {
	var buf bytes.Buffer
	switch o.format {
	case "sarif":
		if err := writeSARIF(&buf, r, src); err != nil {
			return err
		}
	case "json":
		shown := *r
		shown.Findings = r.active() // suppressed ones appear only in SARIF
		if shown.Findings == nil {
			shown.Findings = []Finding{}
		}
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(&shown); err != nil {
			return err
		}
	default:
		writeText(&buf, r, useColor(o, stdout))
	}
	if o.output != "" {
		if err := os.WriteFile(o.file(o.output), buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
		return nil
	}
	_, err := stdout.Write(buf.Bytes())
	return err
}

// useColor decides -color=auto: the report goes to the process's standard
// output, which fatih/color found to be a terminal with no NO_COLOR set.
func useColor(o *options, stdout io.Writer) bool {
	switch o.color {
	case "always":
		return true
	case "never":
		return false
	}
	return o.output == "" && stdout == io.Writer(os.Stdout) && !color.NoColor
}

// severityColor is the colour of each severity word.
var severityColor = map[string]*color.Color{
	"high":   color.New(color.FgRed, color.Bold),
	"medium": color.New(color.FgYellow),
	"low":    color.New(color.FgCyan),
}

// writeText writes "path:line:col: severity: message (CLnnn)" lines and a
// summary line.
func writeText(w io.Writer, r *Report, colored bool) {
	for _, f := range r.active() {
		sev := f.Severity
		if c := severityColor[sev]; c != nil && colored {
			c.EnableColor()
			sev = c.Sprint(sev)
		}
		fmt.Fprintf(w, "%s:%d:%d: %s: %s (%s)\n", f.File, f.Line, f.Column, sev, f.Message, f.Rule)
	}
	s := r.Summary
	switch {
	case s.Findings == 0 && s.Errors == 0:
		fmt.Fprintln(w, "cryptolint: no findings")
	case s.Findings == 0:
		fmt.Fprintf(w, "cryptolint: no findings in the packages that could be analyzed; %d error(s)\n", s.Errors)
	default:
		fmt.Fprintf(w, "cryptolint: %d finding(s): %d high, %d medium, %d low", s.Findings, s.High, s.Medium, s.Low)
		if s.Errors > 0 {
			fmt.Fprintf(w, "; %d error(s)", s.Errors)
		}
		fmt.Fprintln(w)
	}
	if s.Baselined > 0 {
		fmt.Fprintf(w, "cryptolint: %d finding(s) in the baseline not shown\n", s.Baselined)
	}
}
