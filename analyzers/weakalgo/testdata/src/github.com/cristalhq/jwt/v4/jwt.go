// Stub of github.com/cristalhq/jwt/v4 (v4.0.2): only what weakalgo matches.
package jwt

type Algorithm string

const HS256 Algorithm = "HS256"

type HSAlg struct{}

func NewSignerHS(alg Algorithm, key []byte) (*HSAlg, error) { return nil, nil }

func NewVerifierHS(alg Algorithm, key []byte) (*HSAlg, error) { return nil, nil }
