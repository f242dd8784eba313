// Stub of github.com/go-jose/go-jose/v4 (v4.1.4): only what weakalgo matches.
package jose

type SignatureAlgorithm string

type KeyAlgorithm string

type ContentEncryption string

const (
	HS256   = SignatureAlgorithm("HS256")
	RS256   = SignatureAlgorithm("RS256")
	A128KW  = KeyAlgorithm("A128KW")
	DIRECT  = KeyAlgorithm("dir")
	A128GCM = ContentEncryption("A128GCM")
)

type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       interface{}
}

type Recipient struct {
	Algorithm  KeyAlgorithm
	Key        interface{}
	KeyID      string
	PBES2Count int
	PBES2Salt  []byte
}

type SignerOptions struct{}

type EncrypterOptions struct{}

type Signer interface{}

type Encrypter interface{}

func NewSigner(sig SigningKey, opts *SignerOptions) (Signer, error) { return nil, nil }

func NewEncrypter(enc ContentEncryption, rcpt Recipient, opts *EncrypterOptions) (Encrypter, error) {
	return nil, nil
}
