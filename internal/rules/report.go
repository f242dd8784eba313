package rules

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/directive"
)

// Reporter applies the policy every driver must agree on, inside the
// analyzer: which files are analyzed (test and generated files only with the
// analyzer's -<name>.tests flag) and which findings //cryptolint:ignore or
// //nolint suppresses. It stamps the rule ID into Category and the message.
type Reporter struct {
	pass       *analysis.Pass
	tests      bool
	unused     bool                                  // -unused-ignores: report directives that suppress nothing
	emit       bool                                  // -emit-suppressed: report suppressed findings, marked
	directives map[*token.File][]directive.Directive // parsed lazily, per file
	nolints    map[*token.File]map[int][]string      // line -> linter names ("" = all)
	used       map[token.Pos]bool                    // directives that suppressed something
	files      map[*token.File]*ast.File
}

// SuppressedPrefix marks the Category of a finding that a directive
// suppressed, reported only when a driver asks for them with
// -<name>.emit-suppressed (the cryptolint command, for SARIF). The
// directive's position and reason are the first related information.
const SuppressedPrefix = "suppressed:"

// PolicyFlags defines the flags of the file and suppression policy on an
// analyzer: -tests (its value in *tests), -unused-ignores and
// -emit-suppressed, which NewReporter reads from the analyzer's flags.
func PolicyFlags(fs *flag.FlagSet, tests *bool) {
	fs.BoolVar(tests, "tests", false, "also report in _test.go files and generated files (// Code generated ... DO NOT EDIT.)")
	fs.Bool("unused-ignores", false, "report //cryptolint:ignore directives for this analyzer's rules that suppress nothing (CL003)")
	fs.Bool("emit-suppressed", false, "report suppressed findings too, marked in Category (for drivers writing SARIF suppressions)")
}

// NewReporter returns a Reporter for one pass. includeTests is the value of
// the analyzer's -tests flag; the other policy flags are read from the
// analyzer's flag set when PolicyFlags defined them.
func NewReporter(pass *analysis.Pass, includeTests bool) *Reporter {
	r := &Reporter{
		pass:       pass,
		tests:      includeTests,
		unused:     boolFlag(pass.Analyzer, "unused-ignores"),
		emit:       boolFlag(pass.Analyzer, "emit-suppressed"),
		directives: make(map[*token.File][]directive.Directive),
		nolints:    make(map[*token.File]map[int][]string),
		used:       make(map[token.Pos]bool),
		files:      make(map[*token.File]*ast.File, len(pass.Files)),
	}
	for _, f := range pass.Files {
		r.files[pass.Fset.File(f.FileStart)] = f
	}
	return r
}

// boolFlag returns the value of a boolean flag of a, false if undefined.
func boolFlag(a *analysis.Analyzer, name string) bool {
	f := a.Flags.Lookup(name)
	return f != nil && f.Value.String() == "true"
}

// Skip reports whether findings in f are outside the policy: a _test.go file
// or a generated file, unless the -tests flag asks for them.
func (r *Reporter) Skip(f *ast.File) bool {
	if r.tests {
		return false
	}
	name := r.pass.Fset.File(f.FileStart).Name()
	return strings.HasSuffix(name, "_test.go") || ast.IsGenerated(f)
}

// Report reports a finding of rule on rng. The message is lower-case without
// a trailing period; Report appends " (CLnnn)".
func (r *Reporter) Report(rule *Rule, rng analysis.Range, message string, fixes ...analysis.SuggestedFix) {
	r.ReportRelated(rule, rng, message, nil, fixes...)
}

// Reportf is Report with a format.
func (r *Reporter) Reportf(rule *Rule, rng analysis.Range, format string, args ...any) {
	r.Report(rule, rng, fmt.Sprintf(format, args...))
}

// ReportRelated is Report with related positions (the path to a sink, the
// declaration of a field).
func (r *Reporter) ReportRelated(rule *Rule, rng analysis.Range, message string, related []analysis.RelatedInformation, fixes ...analysis.SuggestedFix) {
	d := analysis.Diagnostic{
		Pos:            rng.Pos(),
		End:            rng.End(),
		Category:       rule.ID,
		Message:        message + " (" + rule.ID + ")",
		URL:            rule.URL(),
		SuggestedFixes: fixes,
		Related:        related,
	}
	if by, ok := r.suppressedBy(rule, rng.Pos()); ok {
		if !r.emit || by == nil {
			return
		}
		d.Category = SuppressedPrefix + rule.ID
		d.SuggestedFixes = nil
		d.Related = append([]analysis.RelatedInformation{*by}, related...)
	}
	r.pass.Report(d)
}

// suppressedBy reports whether a file policy or a directive hides a finding
// of rule at pos, and which directive (nil for the file policy).
func (r *Reporter) suppressedBy(rule *Rule, pos token.Pos) (*analysis.RelatedInformation, bool) {
	tf := r.pass.Fset.File(pos)
	if tf == nil {
		return nil, false
	}
	f := r.files[tf]
	if f == nil {
		return nil, false // position outside the package's files (e.g. cgo-generated)
	}
	if r.Skip(f) {
		return nil, true
	}
	line := tf.Line(pos)
	for _, d := range r.fileDirectives(tf, f) {
		if d.Covers(rule.ID, rule.Analyzer, line) {
			r.used[d.Pos] = true
			return &analysis.RelatedInformation{Pos: d.Pos, Message: "suppressed by //cryptolint:ignore -- " + d.Reason}, true
		}
	}
	for _, name := range r.fileNolints(tf, f)[line] {
		if name == "" || name == "cryptolint" || name == rule.Analyzer || strings.EqualFold(name, rule.ID) {
			return &analysis.RelatedInformation{Pos: pos, Message: "suppressed by //nolint"}, true
		}
	}
	return nil, false
}

// fileDirectives returns the parsed directives of a file, once.
func (r *Reporter) fileDirectives(tf *token.File, f *ast.File) []directive.Directive {
	ds, ok := r.directives[tf]
	if !ok {
		ds = directive.File(r.pass.Fset, f)
		r.directives[tf] = ds
	}
	return ds
}

// fileNolints returns the //nolint comments of a file by covered line, once.
func (r *Reporter) fileNolints(tf *token.File, f *ast.File) map[int][]string {
	m, ok := r.nolints[tf]
	if !ok {
		m = directive.Nolints(r.pass.Fset, f)
		r.nolints[tf] = m
	}
	return m
}

// Finish reports, with -unused-ignores, the ignore directives naming this
// analyzer or one of its rules that suppressed nothing. Call it once at the
// end of the analyzer's run.
func (r *Reporter) Finish() {
	if !r.unused {
		return
	}
	name := r.pass.Analyzer.Name
	for _, f := range r.pass.Files {
		if r.Skip(f) {
			continue
		}
		tf := r.pass.Fset.File(f.FileStart)
		for _, d := range r.fileDirectives(tf, f) {
			if d.Kind != directive.Ignore || r.used[d.Pos] || !namesAnalyzer(d.Names, name) {
				continue
			}
			r.pass.Report(analysis.Diagnostic{
				Pos:      d.Pos,
				Category: UnusedIgnore.ID,
				Message:  fmt.Sprintf("//cryptolint:ignore %s suppresses no %s finding; remove it (%s)", strings.Join(d.Names, ","), name, UnusedIgnore.ID),
				URL:      UnusedIgnore.URL(),
			})
		}
	}
}

// namesAnalyzer reports whether a directive names the analyzer or one of
// its rules.
func namesAnalyzer(names []string, analyzer string) bool {
	for _, n := range names {
		if n == analyzer {
			return true
		}
		if r := ByID(n); r != nil && r.Analyzer == analyzer {
			return true
		}
	}
	return false
}
