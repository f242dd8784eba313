// Stub of golang.org/x/crypto/bcrypt v0.54.0: only what weakalgo matches.
package bcrypt

const (
	MinCost     int = 4
	MaxCost     int = 31
	DefaultCost int = 10
)

func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return nil, nil }

func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }
