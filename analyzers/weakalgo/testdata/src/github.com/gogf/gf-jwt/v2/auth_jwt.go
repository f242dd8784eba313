// Stub of github.com/gogf/gf-jwt/v2 (v2.1.0, auth_jwt.go): only what
// weakalgo matches. The module is not served by the Go module proxy and
// needs github.com/gogf/gf/v2, so it has no realmod type-check: checked by
// hand against the tagged source.
package jwt

import "time"

type GfJWTMiddleware struct {
	Realm            string
	SigningAlgorithm string
	Key              []byte
	Timeout          time.Duration
	MaxRefresh       time.Duration
	IdentityKey      string
	PrivKeyFile      string
	PrivKeyBytes     []byte
	PubKeyFile       string
	PubKeyBytes      []byte
}

func New(mw *GfJWTMiddleware) *GfJWTMiddleware { return mw }
