// Package v1driver holds mongotls cases against the v1 driver.
package v1driver

import (
	"context"
	"crypto/tls"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func connect(ctx context.Context, cfg *tls.Config) {
	mongo.Connect(ctx, options.Client().ApplyURI("mongodb://v1.example.com/app")) // want `mongodb URI "mongodb://v1\.example\.com/app" connects to public host v1\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
	mongo.Connect(ctx, options.Client().ApplyURI("mongodb://v1tls.example.com/app").SetTLSConfig(cfg))
	mongo.NewClient(options.Client().SetTLSConfig(cfg).ApplyURI("mongodb://v1new.example.com/app"))

	opts := options.Client()
	opts.ApplyURI("mongodb://v1var.example.com/app")
	opts.SetTLSConfig(cfg)
	mongo.Connect(ctx, opts)

	options.Client().SetHosts([]string{"v1hosts.example.com:27017"})                     // want `client options connect to public host v1hosts\.example\.com without TLS \(SetHosts v1hosts\.example\.com\); call SetTLSConfig on the same options or use a URI with tls=true \(CL201\)`
	options.Client().SetAuth(options.Credential{Username: "app", Password: "v1-secret"}) // want `options\.Credential\.Password is a hard-coded string; read the password from the environment or a secret store \(CL205\)`
}
