package names

import "testing"

// Measured on the development machine (2 cores, shared), go1.26:
//
//	go test -run='^$' -bench=. -benchmem -benchtime=1s ./internal/names/
//
// FILLED IN BELOW

// benchNames is a realistic mix of what analyzers feed the matcher: struct
// field names, bson keys (tagged, and untagged as bson lower-cases them),
// map keys and dotted paths. Most are not sensitive, as in real code.
var benchNames = []string{
	"ID", "Name", "Email", "CreatedAt", "UpdatedAt", "UserID", "Status",
	"Description", "OrderItems", "ShippingAddress", "_id", "created_at",
	"user.address.city", "tags", "IsActive", "LastLoginAt", "TotalCount",
	"Password", "PasswordHash", "APIKey", "APIKeyID", "AccessToken",
	"RefreshTokenExpiresAt", "SSN", "CreditCardNumber", "card_last4",
	"api_key", "x-api-key", "reset.token", "password_reset_token",
	"passwordresettoken", "passwordhash", "createdat", "shippingaddress",
	"mongopassword", "hashedPassword", "EncryptedSSN", "OTPSecret",
	"PrivateKeyPath", "Pinterest",
}

func BenchmarkTokenize(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Tokenize(benchNames[i%len(benchNames)])
	}
}

func BenchmarkMatch(b *testing.B) {
	m := Default()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.Match(benchNames[i%len(benchNames)])
	}
}

// BenchmarkMatchMiss is the common case: names that are not sensitive.
func BenchmarkMatchMiss(b *testing.B) {
	m := Default()
	var miss []string
	for _, n := range benchNames {
		if _, ok := m.Match(n); !ok {
			miss = append(miss, n)
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.Match(miss[i%len(miss)])
	}
}

// BenchmarkNew measures building a matcher with user words, which an
// analyzer does once per run (Default builds the built-in one once).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New([]string{"member number:personalid"}, []string{"legacy"}); err != nil {
			b.Fatal(err)
		}
	}
}
