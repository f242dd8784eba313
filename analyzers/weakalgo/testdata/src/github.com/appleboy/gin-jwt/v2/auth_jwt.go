// Stub of github.com/appleboy/gin-jwt/v2 (v2.10.0): only what weakalgo
// matches.
package jwt

type GinJWTMiddleware struct {
	Realm       string
	Key         []byte
	IdentityKey string
}

func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }
