// Stub of go.mongodb.org/mongo-driver/v2/mongo/options v2.10.0: only what
// cryptolint matches, with the real signatures.
package options

type ClientOptions struct{}

func Client() *ClientOptions { return &ClientOptions{} }

func (c *ClientOptions) SetAutoEncryptionOptions(aeopts *AutoEncryptionOptions) *ClientOptions {
	return c
}

type AutoEncryptionOptions struct{}

func AutoEncryption() *AutoEncryptionOptions { return &AutoEncryptionOptions{} }

func (a *AutoEncryptionOptions) SetSchemaMap(schemaMap map[string]any) *AutoEncryptionOptions {
	return a
}
func (a *AutoEncryptionOptions) SetEncryptedFieldsMap(ef map[string]any) *AutoEncryptionOptions {
	return a
}
func (a *AutoEncryptionOptions) SetBypassAutoEncryption(bypass bool) *AutoEncryptionOptions {
	return a
}

type GridFSUploadOptionsBuilder struct{}

func GridFSUpload() *GridFSUploadOptionsBuilder { return nil }

func (u *GridFSUploadOptionsBuilder) SetMetadata(doc any) *GridFSUploadOptionsBuilder { return u }
