// Stub of go.mongodb.org/mongo-driver/v2/mongo/options v2.10.0: only what
// weakalgo matches.
package options

import "crypto/tls"

type ClientOptions struct {
	TLSConfig *tls.Config
}

func Client() *ClientOptions { return &ClientOptions{} }

func (c *ClientOptions) ApplyURI(uri string) *ClientOptions { return c }

func (c *ClientOptions) SetTLSConfig(cfg *tls.Config) *ClientOptions { return c }

func (c *ClientOptions) SetAutoEncryptionOptions(aeopts *AutoEncryptionOptions) *ClientOptions {
	return c
}

type AutoEncryptionOptions struct{}

func AutoEncryption() *AutoEncryptionOptions { return &AutoEncryptionOptions{} }

func (a *AutoEncryptionOptions) SetKeyVaultNamespace(ns string) *AutoEncryptionOptions { return a }

func (a *AutoEncryptionOptions) SetKmsProviders(providers map[string]map[string]any) *AutoEncryptionOptions {
	return a
}

type ClientEncryptionOptionsBuilder struct{}

func ClientEncryption() *ClientEncryptionOptionsBuilder { return &ClientEncryptionOptionsBuilder{} }

func (c *ClientEncryptionOptionsBuilder) SetKmsProviders(providers map[string]map[string]any) *ClientEncryptionOptionsBuilder {
	return c
}
