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
// analyzer's -<name>.tests flag) and which findings //cryptolint:ignore
// suppresses. It stamps the rule ID into Category and the message.
type Reporter struct {
	pass       *analysis.Pass
	tests      bool
	directives map[*token.File][]directive.Directive // parsed lazily, per file
	files      map[*token.File]*ast.File
}

// TestsFlag defines an analyzer's -tests flag, the switch of the file
// policy that Reporter.Skip applies.
func TestsFlag(fs *flag.FlagSet, p *bool) {
	fs.BoolVar(p, "tests", false, "also report in _test.go files and generated files (// Code generated ... DO NOT EDIT.)")
}

// NewReporter returns a Reporter for one pass. includeTests is the value of
// the analyzer's -tests flag.
func NewReporter(pass *analysis.Pass, includeTests bool) *Reporter {
	r := &Reporter{
		pass:       pass,
		tests:      includeTests,
		directives: make(map[*token.File][]directive.Directive),
		files:      make(map[*token.File]*ast.File, len(pass.Files)),
	}
	for _, f := range pass.Files {
		r.files[pass.Fset.File(f.FileStart)] = f
	}
	return r
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
	if r.suppressed(rule, rng.Pos()) {
		return
	}
	r.pass.Report(analysis.Diagnostic{
		Pos:            rng.Pos(),
		End:            rng.End(),
		Category:       rule.ID,
		Message:        message + " (" + rule.ID + ")",
		URL:            rule.URL(),
		SuggestedFixes: fixes,
		Related:        related,
	})
}

// suppressed reports whether a file policy or an ignore directive hides a
// finding of rule at pos.
func (r *Reporter) suppressed(rule *Rule, pos token.Pos) bool {
	tf := r.pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	f := r.files[tf]
	if f == nil {
		return false // position outside the package's files (e.g. cgo-generated)
	}
	if r.Skip(f) {
		return true
	}
	ds, ok := r.directives[tf]
	if !ok {
		ds = directive.File(r.pass.Fset, f)
		r.directives[tf] = ds
	}
	line := tf.Line(pos)
	for i := range ds {
		if ds[i].Covers(rule.ID, rule.Analyzer, line) {
			return true
		}
	}
	return false
}
