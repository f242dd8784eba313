package rules

// Rules of cryptolint itself (CL0xx): the hygiene of its directives, reported
// by the directives analyzer (CL003 by the analyzer owning the named rule, with
// -unused-ignores; CL004 by the drivers when an analyzer fails).
var (
	MalformedDirective = define(Rule{
		ID:       "CL001",
		Analyzer: "directives",
		Title:    "malformed cryptolint directive",
		Severity: Medium,
		CWE:      0,
		Since:    "v0.1.0",
		Help: `
A //cryptolint: comment cannot be read as intended: an ignore directive
without a reason (nothing after --) or without a rule, an unknown verb, or
arguments where none are taken. A suppression without a reason cannot be
reviewed; a misspelt one may not suppress what its author meant.

Fix: write //cryptolint:ignore CLnnn[,CLnnn] -- why this is safe, or
//cryptolint:protected -- where the protection happens.`,
	})

	UnknownRuleDirective = define(Rule{
		ID:       "CL002",
		Analyzer: "directives",
		Title:    "ignore directive names an unknown rule or analyzer",
		Severity: Medium,
		CWE:      0,
		Since:    "v0.1.0",
		Help: `
An ignore directive names a rule ID or an analyzer that does not exist
(cryptolint -rules lists them), so it suppresses nothing, while a reader
believes a finding was reviewed.

Fix: name the rule the finding shows at the end of its message, e.g.
//cryptolint:ignore CL201 -- reason.`,
	})

	UnusedIgnore = define(Rule{
		ID:       "CL003",
		Analyzer: "directives",
		Title:    "ignore directive suppresses nothing",
		Severity: Low,
		CWE:      0,
		Since:    "v0.1.0",
		Help: `
Reported only with -unused-ignores: a //cryptolint:ignore directive names a
rule or analyzer that reports nothing on its line or the line below. The
code was fixed or moved, and the stale directive would silently hide a
future finding there.

Fix: remove the directive, or move it to the line it was meant for.`,
	})
)

// InternalError is not a finding: it names an analyzer failure, reported
// among the run's errors (exit code 2), so that a crash is never mistaken
// for a clean result.
var InternalError = define(Rule{
	ID:       "CL004",
	Analyzer: "directives",
	Title:    "internal error: an analyzer failed on a package",
	Severity: High,
	CWE:      0,
	Since:    "v0.1.0",
	Help: `
An analyzer panicked while analyzing a package. cryptolint recovers, reports
the package, the analyzer and where it failed among the errors, analyzes the
other packages, and exits with code 2: the failed package was not checked.

Fix: please report it with the message and, if you can, the smallest code
that triggers it; meanwhile -disable the analyzer for that package's run.`,
})
