// Package configuredflag is analyzed with -mongotls.loopback=false, which
// wins over loopback: true in its .cryptolint.yaml.
package configuredflag

const Local = "mongodb://localhost:27017/dev"

const Public = "mongodb://db.example.com/app" // want `connects to public host db.example.com without TLS`
