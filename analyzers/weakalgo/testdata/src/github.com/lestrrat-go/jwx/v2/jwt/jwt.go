// Stub of github.com/lestrrat-go/jwx/v2/jwt (v2.0.21): only what weakalgo
// matches.
package jwt

import "github.com/lestrrat-go/jwx/v2/jwa"

type Option interface{ Ident() interface{} }

type SignEncryptParseOption interface{ Option }

func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) SignEncryptParseOption {
	return nil
}
