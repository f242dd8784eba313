// Package app type-checks against the real MongoDB Go drivers v1.17.10 and
// v2.10.0, so that a drift of the stubs in testdata/src cannot hide a
// missed match.
package app

import (
	"context"
	"crypto/tls"

	mongov1 "go.mongodb.org/mongo-driver/mongo"
	optionsv1 "go.mongodb.org/mongo-driver/mongo/options"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

func v2(cfg *tls.Config) {
	mongo.Connect(options.Client().ApplyURI("mongodb://v2.example.com/app")) // want `mongodb URI "mongodb://v2\.example\.com/app" connects to public host v2\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
	mongo.Connect(options.Client().ApplyURI("mongodb://v2tls.example.com/app").SetTLSConfig(cfg))
	opts := options.Client().ApplyURI("mongodb://v2var.example.com/app")
	opts.TLSConfig = cfg
	mongo.Connect(opts)
	options.Client().SetHosts([]string{"10.1.2.3:27017"})                                           // want `client options connect to internal host 10\.1\.2\.3 without TLS \(SetHosts 10\.1\.2\.3\); call SetTLSConfig on the same options or use a URI with tls=true \(CL202\)`
	options.Client().SetAuth(options.Credential{Username: "app", Password: "v2-secret"})            // want `options\.Credential\.Password is a hard-coded string; read the password from the environment or a secret store \(CL205\)`
	mongo.Connect(options.Client().ApplyURI("mongodb://v2.example.com/?tls=true&tlsInsecure=true")) // want `tlsInsecure=true in mongodb URI "mongodb://v2\.example\.com/\?tls=true&tlsInsecure=true" turns off certificate and host name verification; remove it and trust the server's CA with tlsCAFile \(CL203\)`
}

func v1(ctx context.Context, cfg *tls.Config) {
	mongov1.Connect(ctx, optionsv1.Client().ApplyURI("mongodb://v1.example.com/app")) // want `mongodb URI "mongodb://v1\.example\.com/app" connects to public host v1\.example\.com without TLS; add tls=true or set a TLS config on the client options \(CL201\)`
	mongov1.Connect(ctx, optionsv1.Client().SetTLSConfig(cfg).ApplyURI("mongodb://v1tls.example.com/app"))
	mongov1.NewClient(optionsv1.Client().ApplyURI("mongodb+srv://cluster0.v1.example.com/app"))
	var c optionsv1.Credential
	c.Password = "v1-secret" // want `options\.Credential\.Password is a hard-coded string; read the password from the environment or a secret store \(CL205\)`
}
