// Package a holds directive hygiene cases.
package a

//cryptolint:ignore CL201 -- staging host behind the VPN
const ok = "x"

//cryptolint:ignore CL201,mongotls -- several names are fine
const ok2 = "x"

const noReason = "x" /* // want `directive without a reason \(add -- and why\) \(CL001\)` */ //cryptolint:ignore CL201

//cryptolint:ignore -- nothing named // want `ignore directive names no rule \(want //cryptolint:ignore CLnnn -- reason\) \(CL001\)`
const noRule = "x"

//cryptolint:silence CL201 -- wrong verb // want `unknown directive //cryptolint:silence \(CL001\)`
const badVerb = "x"

//cryptolint:ignore CL999,mongotsl -- typos // want `//cryptolint:ignore names "CL999", which is neither a rule nor an analyzer; name the rule at the end of the finding's message \(cryptolint -rules lists them\) \(CL002\)` `//cryptolint:ignore names "mongotsl", which is neither a rule nor an analyzer`
const typos = "x"

type T struct {
	//cryptolint:protected -- encrypted by the vault service
	SSN string
	PIN string /* // want `directive without a reason \(add -- and why\) \(CL001\)` */ //cryptolint:protected
}

// cryptolint:ignore CL201 -- a space after // makes it an ordinary comment
const prose = "x"

// The analyzer's own name suppresses its findings.

//cryptolint:ignore directives -- the misspelt name below is kept on purpose
//cryptolint:ignore mongotsl -- a typo, reviewed
const reviewed = "x"

// The tool's name is not an analyzer's.

//cryptolint:ignore cryptolint -- all of them // want `//cryptolint:ignore names "cryptolint", which is neither a rule nor an analyzer; name the rule at the end of the finding's message \(cryptolint -rules lists them\) \(CL002\)`
const tool = "x"
