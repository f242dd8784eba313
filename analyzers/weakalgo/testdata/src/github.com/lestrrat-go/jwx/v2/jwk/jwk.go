// Stub of github.com/lestrrat-go/jwx/v2/jwk (v2.0.21): only what weakalgo
// matches.
package jwk

type Key interface{ KeyType() string }

func FromRaw(key interface{}) (Key, error) { return nil, nil }
