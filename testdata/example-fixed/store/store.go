// Package store connects to MongoDB with the v2 driver.
package store

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"os"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// Connect is the correct pattern: the URI comes from configuration and the
// TLS configuration trusts the company CA.
func Connect(uri string, caPEM []byte) (*mongo.Client, error) {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	opts := options.Client().ApplyURI(uri).SetTLSConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12})
	return mongo.Connect(opts)
}

// ConnectSession talks to the session cache, an internal service reached by
// its Kubernetes name. TLS was "not needed inside the cluster".
func ConnectSession(namespace string) (*mongo.Client, error) {
	uri := fmt.Sprintf("mongodb://sessions.%s.svc.cluster.local:27017/sessions", namespace)
	return mongo.Connect(options.Client().ApplyURI(uri))
}

// ConnectAudit works around a self-signed certificate by skipping checks.
func ConnectAudit() (*mongo.Client, error) {
	return mongo.Connect(options.Client().ApplyURI("mongodb://audit.shop-prod.example.com:27017/audit?tls=true&tlsInsecure=true"))
}

// ConnectReplica uses a host list with credentials and no TLS.
func ConnectReplica() (*mongo.Client, error) {
	opts := options.Client().
		SetHosts([]string{"10.20.0.11:27017", "10.20.0.12:27017"}).
		SetAuth(options.Credential{Username: "replica", Password: "r3plica-pass"})
	return mongo.Connect(opts)
}

// ConnectFromEnv is correct: the password comes from the environment and
// the certificate is verified.
func ConnectFromEnv(host string) (*mongo.Client, error) {
	opts := options.Client().
		ApplyURI("mongodb://" + host + "/shop?tls=true").
		SetAuth(options.Credential{Username: "shop", Password: os.Getenv("SHOP_MONGODB_PASSWORD")})
	return mongo.Connect(opts)
}
