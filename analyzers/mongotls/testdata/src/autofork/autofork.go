// Package autofork uses a fork of the driver published under a module path
// ending in mongo-driver: recognised by its layout, without -drivers.
package autofork

import (
	"crypto/tls"

	"github.com/acme/mongo-driver/v2/mongo/options"
)

func connect(cfg *tls.Config) {
	options.Client().ApplyURI("mongodb://fork.example.com/app").SetTLSConfig(cfg)
	options.Client().SetHosts([]string{"fork.example.com"})               // want `client options connect to public host fork\.example\.com without TLS \(SetHosts fork\.example\.com\)`
	options.Client().SetAuth(options.Credential{Password: "fork-secret"}) // want `options\.Credential\.Password is a hard-coded string`
}
