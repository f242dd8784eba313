// Package configured is analyzed with loopback: true from its
// .cryptolint.yaml, and fixture_*.go turned off for mongotls.
package configured

const Local = "mongodb://localhost:27017/dev" // want `mongodb URI "mongodb://localhost:27017/dev" connects to loopback host localhost without TLS`

const Public = "mongodb://db.example.com/app" // want `connects to public host db.example.com without TLS`
