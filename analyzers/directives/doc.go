// Package directives defines an Analyzer that checks cryptolint's own
// comment directives.
//
// # Analyzer directives
//
// directives: report malformed //cryptolint: directives and ignores of unknown rules
//
// A suppression is a reviewed decision: it must say which rule it
// silences and why. The analyzer reports, in every analyzed file:
//
//   - CL001: a directive without a reason (nothing after --), an ignore
//     without a rule, an unknown verb, or arguments where none are taken;
//   - CL002: an ignore naming a rule ID or analyzer that does not exist.
//
// Directives that suppress nothing (CL003) are reported by the analyzer
// owning the named rules, with -<analyzer>.unused-ignores (-unused-ignores
// in the cryptolint command). Test files and generated files are skipped
// unless -directives.tests is set.
package directives
