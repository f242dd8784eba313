// Stub of a fork of go.mongodb.org/mongo-driver/v2/mongo/options v2.10.0
// at another module path (example.com/mongofork): only what weakalgo
// matches.
package options

import "crypto/tls"

type ClientOptions struct {
	TLSConfig *tls.Config
}

func Client() *ClientOptions { return &ClientOptions{} }

func (c *ClientOptions) SetTLSConfig(cfg *tls.Config) *ClientOptions { return c }
