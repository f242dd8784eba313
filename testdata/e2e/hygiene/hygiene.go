// Package hygiene has directives that need attention.
package hygiene

//cryptolint:ignore CL201 -- reviewed: VPN-only
const staging = "mongodb://staging.example.com/app"

//cryptolint:ignore CL201 -- the URI below was fixed long ago
const fixed = "mongodb://fixed.example.com/app?tls=true"

//cryptolint:ignore CL201
const noReason = "mongodb://noreason.example.com/app"

//cryptolint:ignore CL2O1 -- typo: letter O
const typo = "mongodb://typo.example.com/app"

const viaNolint = "mongodb://nolint.example.com/app" //nolint:cryptolint
