// Package suppress exercises //cryptolint:ignore directives.
package suppress

// Suppressed on the line above, by ID.
//
//cryptolint:ignore CL201 -- VPN-only staging host (OPS-1)
const staging = "mongodb://staging.example.com/app"

const sameLine = "mongodb://legacy.example.com/app" //cryptolint:ignore CL201 -- decommissioned in Q3

// Suppressed by analyzer name.
//
//cryptolint:ignore mongotls -- fixture data for a migration test
const fixture = "mongodb://fixture.example.com/app"

// A directive for another rule does not suppress this one.
//
//cryptolint:ignore CL205 -- wrong rule
const wrongRule = "mongodb://other.example.com/app"

// A directive two lines above does not reach.
//
//cryptolint:ignore CL201 -- too far away

const tooFar = "mongodb://far.example.com/app"
