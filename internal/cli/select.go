package cli

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// checkNames reports an -enable or -disable name that is neither a rule
// ID nor an analyzer.
func checkNames(analyzers []*analysis.Analyzer, lists ...[]string) error {
	known := map[string]bool{}
	var names []string
	for _, a := range analyzers {
		known[a.Name] = true
		names = append(names, a.Name)
	}
	for _, l := range lists {
		for _, n := range l {
			if !known[n] && rules.ByID(n) == nil {
				return fmt.Errorf("-enable/-disable: unknown rule or analyzer %q (analyzers: %s; cryptolint -rules lists the rules)", n, strings.Join(names, ", "))
			}
		}
	}
	return nil
}

// ruleSelected reports whether a finding of rule r from analyzer a, of
// severity sev (the rule's, or the configuration file's override), is
// wanted: enabled (by ID or analyzer, or no -enable at all), not
// disabled, and at least as severe as -severity.
func (o *options) ruleSelected(r *rules.Rule, sev rules.Severity, analyzer string) bool {
	named := func(l []string) bool {
		return slices.ContainsFunc(l, func(n string) bool { return n == analyzer || strings.EqualFold(n, r.ID) })
	}
	if len(o.enable) > 0 && !named(o.enable) || named(o.disable) {
		return false
	}
	return sev >= o.minSeverity
}

// selectAnalyzers returns the analyzers that can report a selected rule,
// so that the others are not run at all.
func (o *options) selectAnalyzers(all []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for _, a := range all {
		if slices.Contains(o.disable, a.Name) {
			continue
		}
		if len(o.enable) > 0 && !slices.Contains(o.enable, a.Name) && !slices.ContainsFunc(o.enable, func(n string) bool {
			r := rules.ByID(n)
			return r != nil && ruleOwner(r, a.Name)
		}) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// ruleOwner reports whether analyzer reports rule r: the analyzer the
// table names; any analyzer for CL003, which the analyzer owning the rule
// that an unused directive names reports; any analyzer for CL004, since
// any of them can fail.
func ruleOwner(r *rules.Rule, analyzer string) bool {
	return r.Analyzer == analyzer || r == rules.UnusedIgnore || r == rules.InternalError
}
