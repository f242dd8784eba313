// Package config holds MongoDB connection strings: mongotls cases for the
// golangci-lint end-to-end test, at most one finding per line because
// golangci-lint keeps one issue per line (uniq-by-line).
package config

// Orders connects to a public host without TLS: CL201.
const Orders = "mongodb://orders.shop.example.com:27017/orders"

// Audit turns certificate verification off: CL203.
const Audit = "mongodb://audit.shop.example.com:27017/audit?tls=true&tlsInsecure=true"

// Secure uses TLS: no finding.
const Secure = "mongodb://secure.shop.example.com:27017/secure?tls=true"

// Local is a development server on loopback: reported (CL202) only with
// the mongotls loopback setting.
const Local = "mongodb://localhost:27017/dev"

// Billing is suppressed under the cryptolint linter.
const Billing = "mongodb://billing.shop.example.com:27017/billing" //nolint:cryptolint // fixture: suppressed under the cryptolint linter

// Reports is suppressed under the mongotls linter.
const Reports = "mongodb://reports.shop.example.com:27017/reports" //nolint:mongotls // fixture: suppressed under the mongotls linter

// golangci-lint applies a //nolint alone above a declaration to all of it:
// the URIs two lines below are suppressed by golangci-lint itself, which
// shows that it sees the name of the linter the user enabled.

//nolint:cryptolint // fixture: the group is suppressed under the cryptolint linter
const (
	Staging = "mongodb://staging.shop.example.com:27017/staging"
)

//nolint:mongotls // fixture: the group is suppressed under the mongotls linter
const (
	Metrics = "mongodb://metrics.shop.example.com:27017/metrics"
)
