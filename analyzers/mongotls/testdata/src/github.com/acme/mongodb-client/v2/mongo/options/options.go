// Stub of a fork of go.mongodb.org/mongo-driver/v2/mongo/options v2.10.0 under another module path: only what cryptolint matches,
// with the real signatures.
package options

import "crypto/tls"

type ClientOptions struct {
	Hosts     []string
	TLSConfig *tls.Config
}

type Credential struct {
	AuthMechanism string
	AuthSource    string
	Username      string
	Password      string
	PasswordSet   bool
}

func Client() *ClientOptions { return &ClientOptions{} }

func (c *ClientOptions) ApplyURI(uri string) *ClientOptions          { return c }
func (c *ClientOptions) SetAuth(auth Credential) *ClientOptions      { return c }
func (c *ClientOptions) SetHosts(s []string) *ClientOptions          { return c }
func (c *ClientOptions) SetTLSConfig(cfg *tls.Config) *ClientOptions { return c }
