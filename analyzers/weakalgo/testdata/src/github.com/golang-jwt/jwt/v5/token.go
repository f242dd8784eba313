// Stub of github.com/golang-jwt/jwt/v5 (v5.2.2): only what weakalgo matches.
package jwt

type SigningMethod interface{ Alg() string }

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Alg() string { return m.Name }

var SigningMethodHS256 = &SigningMethodHMAC{"HS256"}

// Claims is reduced to an empty interface here.
type Claims interface{}

type TokenOption func(*Token)

type MapClaims map[string]interface{}

type Token struct {
	Method SigningMethod
	Claims Claims
}

func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token {
	return &Token{method, claims}
}

func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

type unsafeNoneMagicConstant string

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

type signingMethodNone struct{}

func (m *signingMethodNone) Alg() string { return "none" }

var SigningMethodNone = &signingMethodNone{}

type Keyfunc func(*Token) (interface{}, error)

type ParserOption func(*Parser)

type Parser struct{}

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
