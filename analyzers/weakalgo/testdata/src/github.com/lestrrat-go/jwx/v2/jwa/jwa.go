// Stub of github.com/lestrrat-go/jwx/v2/jwa (v2.0.21): only what weakalgo
// matches.
package jwa

type KeyAlgorithm interface{ String() string }

type SignatureAlgorithm string

func (s SignatureAlgorithm) String() string { return string(s) }

const HS256 SignatureAlgorithm = "HS256"
