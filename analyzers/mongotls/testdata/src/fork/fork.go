// Package fork uses a fork of the driver, named with -mongotls.drivers.
package fork

import (
	"crypto/tls"

	"github.com/acme/mongodb-client/v2/mongo/options"
)

func connect(cfg *tls.Config) {
	options.Client().ApplyURI("mongodb://fork.example.com/app").SetTLSConfig(cfg)
	options.Client().SetHosts([]string{"fork.example.com"})               // want `client options connect to public host fork\.example\.com without TLS \(SetHosts fork\.example\.com\)`
	options.Client().SetAuth(options.Credential{Password: "fork-secret"}) // want `options\.Credential\.Password is a hard-coded string`
}
