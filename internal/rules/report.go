package rules

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/directive"
	"github.com/cryptolint/cryptolint/internal/setflag"
)

// Reporter applies the policy every driver must agree on, inside the
// analyzer: which files are analyzed (test and generated files only with the
// analyzer's -<name>.tests flag) and which findings //cryptolint:ignore or
// //nolint suppresses. It stamps the rule ID into Category and the message.
type Reporter struct {
	pass       *analysis.Pass
	tests      bool
	excluded   func(*Rule, string) bool              // the configuration file's exclude entries, or nil
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
// directive's position and reason are the first related information;
// [Suppressed] reads them back.
const SuppressedPrefix = "suppressed:"

// Policy is an analyzer's file and suppression policy, set by its flags
// -tests, -unused-ignores and -emit-suppressed. Drivers set it through
// [PolicyOf], not by flag name. The configuration file (internal/config)
// adds to it per package: Tests when the flag was not set, and Excluded.
type Policy struct {
	Tests          bool // report in _test.go and generated files
	UnusedIgnores  bool // report directives that suppress nothing (CL003)
	EmitSuppressed bool // report suppressed findings, marked
	// Excluded reports whether findings of a rule in the named file are
	// turned off (the configuration file's exclude entries); nil: none.
	Excluded func(rule *Rule, filename string) bool

	tests *setflag.Bool // the -tests flag
}

// TestsSet reports whether a driver set the -tests flag, which then wins
// over the configuration file.
func (p *Policy) TestsSet() bool { return p.tests.IsSet() }

// EmitSuppressedFlag is the name of the flag that sets EmitSuppressed,
// which a driver that cannot read the marked Category must not offer.
const EmitSuppressedFlag = "emit-suppressed"

// policies maps an analyzer's flag set to the policy its flags set.
var policies sync.Map // *flag.FlagSet -> *Policy

// PolicyFlags defines the policy flags of an analyzer on its flag set fs,
// setting p.
func PolicyFlags(fs *flag.FlagSet, p *Policy) {
	p.tests = setflag.BoolVar(fs, &p.Tests, "tests", false, "also report in _test.go files, test support files (importing testing) and generated files (// Code generated ... DO NOT EDIT.)")
	fs.BoolVar(&p.UnusedIgnores, "unused-ignores", false, "report //cryptolint:ignore directives for this analyzer's rules that suppress nothing (CL003)")
	fs.BoolVar(&p.EmitSuppressed, EmitSuppressedFlag, false, "report suppressed findings too, marked in Category (for drivers writing SARIF suppressions)")
	policies.Store(fs, p)
}

// PolicyOf returns the policy of analyzer a, nil when a has none.
func PolicyOf(a *analysis.Analyzer) *Policy {
	p, _ := policies.Load(&a.Flags)
	pol, _ := p.(*Policy)
	return pol
}

// NewReporter returns a Reporter for one pass under the analyzer's policy.
func NewReporter(pass *analysis.Pass, p *Policy) *Reporter {
	r := &Reporter{
		pass:       pass,
		tests:      p.Tests,
		excluded:   p.Excluded,
		unused:     p.UnusedIgnores,
		emit:       p.EmitSuppressed,
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

// Skip reports whether findings in f are outside the policy: a _test.go file,
// a file of test support code (one that imports "testing": a conformance
// suite or a helper taking a *testing.T) or a generated file, unless the
// -tests flag asks for them.
func (r *Reporter) Skip(f *ast.File) bool {
	if r.tests {
		return false
	}
	name := r.pass.Fset.File(f.FileStart).Name()
	return strings.HasSuffix(name, "_test.go") || importsTesting(f) || ast.IsGenerated(f) && !IsCgoTranslation(f)
}

// importsTesting reports whether f imports the standard testing package.
func importsTesting(f *ast.File) bool {
	for _, imp := range f.Imports {
		if imp.Path.Value == `"testing"` {
			return true
		}
	}
	return false
}

// IsCgoTranslation reports whether f is cmd/cgo's translation of a user's
// file: marked generated, but holding the user's code under //line
// directives, so it is analyzed like the file it came from.
func IsCgoTranslation(f *ast.File) bool {
	if len(f.Comments) == 0 {
		return false
	}
	return strings.HasPrefix(f.Comments[0].Text(), "Code generated by cmd/cgo;")
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
	if r.Skip(f) || r.excluded != nil && r.excluded(rule, r.fileName(tf, f)) {
		return nil, true
	}
	line := tf.Line(pos)
	for _, d := range r.fileDirectives(tf, f) {
		if d.Covers(rule.ID, rule.Analyzer, line) {
			r.used[d.Pos] = true
			return &analysis.RelatedInformation{Pos: d.Pos, Message: ignorePrefix + d.Reason}, true
		}
	}
	for _, name := range r.fileNolints(tf, f)[line] {
		if name == "" || name == "cryptolint" || name == rule.Analyzer || strings.EqualFold(name, rule.ID) {
			return &analysis.RelatedInformation{Pos: pos, Message: nolintMessage}, true
		}
	}
	return nil, false
}

// fileName returns the name of a file for the exclude entries: the
// user's file for a cgo translation (through its //line directive), the
// file's own name otherwise.
func (r *Reporter) fileName(tf *token.File, f *ast.File) string {
	if IsCgoTranslation(f) {
		return r.pass.Fset.Position(f.Package).Filename
	}
	return tf.Name()
}

// The first related information of a suppressed finding.
const (
	ignorePrefix  = "suppressed by //cryptolint:ignore -- " // + the reason
	nolintMessage = "suppressed by //nolint"
)

// Suppression is why a reported finding is suppressed.
type Suppression struct {
	// Justification is the reason of the //cryptolint:ignore directive,
	// or "//nolint" for a //nolint comment.
	Justification string
}

// Suppressed reads back a finding reported under -emit-suppressed: it
// returns the diagnostic as it would be reported unsuppressed (Category
// the rule ID, without the directive's related information) and the
// suppression, or ok=false when d is not suppressed.
func Suppressed(d analysis.Diagnostic) (analysis.Diagnostic, Suppression, bool) {
	id, ok := strings.CutPrefix(d.Category, SuppressedPrefix)
	if !ok || len(d.Related) == 0 {
		return d, Suppression{}, false
	}
	why := d.Related[0].Message
	if reason, ok := strings.CutPrefix(why, ignorePrefix); ok {
		why = reason
	} else if why == nolintMessage {
		why = "//nolint"
	}
	d.Category, d.Related = id, d.Related[1:]
	return d, Suppression{Justification: why}, true
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
		if r.excluded != nil && r.excluded(UnusedIgnore, r.fileName(tf, f)) {
			continue // the configuration turns CL003 off here
		}
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

// Deferred is a finding whose existence is decided after the pass, by the
// command's whole-program step: the reporter's policy (file policy,
// directives, //nolint) is applied now, while the package's syntax is
// still there, and the diagnostic is made later with Diagnostic.
type Deferred struct {
	Pos, End   token.Pos
	Rule       *Rule
	suppressed bool
	by         *analysis.RelatedInformation // the directive that suppressed it, or nil for the file policy
	emit       bool
}

// Defer applies the policy to a finding of rule on rng that may be
// reported later. A directive that covers it counts as used: the
// whole-program step may report the finding, so -unused-ignores must not
// call the directive unused.
func (r *Reporter) Defer(rule *Rule, rng analysis.Range) Deferred {
	by, suppressed := r.suppressedBy(rule, rng.Pos())
	return Deferred{Pos: rng.Pos(), End: rng.End(), Rule: rule, suppressed: suppressed, by: by, emit: r.emit}
}

// Diagnostic makes the deferred finding's diagnostic with message (lower
// case, no trailing period: " (CLnnn)" is appended) and related positions.
// It reports false when the policy hides the finding.
func (d Deferred) Diagnostic(message string, related []analysis.RelatedInformation) (analysis.Diagnostic, bool) {
	diag := analysis.Diagnostic{
		Pos:      d.Pos,
		End:      d.End,
		Category: d.Rule.ID,
		Message:  message + " (" + d.Rule.ID + ")",
		URL:      d.Rule.URL(),
		Related:  related,
	}
	if d.suppressed {
		if !d.emit || d.by == nil {
			return analysis.Diagnostic{}, false
		}
		diag.Category = SuppressedPrefix + d.Rule.ID
		diag.Related = append([]analysis.RelatedInformation{*d.by}, related...)
	}
	return diag, true
}
