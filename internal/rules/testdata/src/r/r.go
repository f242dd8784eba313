// Package r: every string literal "bad" is a finding of CL201.
package r

var (
	plain    = "bad" // want `bad value \(CL201\)`
	nolintc  = "bad" //nolint:cryptolint
	nolinta  = "bad" //nolint:mongotls,gosec
	nolintid = "bad" //nolint:CL201
	nolintx  = "bad" //nolint:gosec // want `bad value \(CL201\)`
	bare     = "bad" //nolint
	notnol   = "bad" //nolintfoo // want `bad value \(CL201\)`
	ignored  = "bad" //cryptolint:ignore CL201 -- reviewed
	other    = "bad" //cryptolint:ignore CL101 -- another rule // want `bad value \(CL201\)`
)

//nolint:cryptolint
var above = "bad"

//cryptolint:ignore CL201 -- nothing here any more
var fixed = "good"
