package names

import (
	"strconv"
	"strings"
	"testing"
)

// Measured with go1.26.8 on linux/amd64 (AMD EPYC, 2 cores shared with
// other jobs, so expect ±20%), median of three runs of
//
//	go test -run='^$' -bench=. -benchmem -count=3 -cpu=1 ./internal/names/
//
//	BenchmarkTokenize     214 ns/op     74 B/op      2 allocs/op
//	BenchmarkMatch        269 ns/op     14 B/op      0 allocs/op
//	BenchmarkMatchMiss    237 ns/op      0 B/op      0 allocs/op
//	BenchmarkNew      1500000 ns/op  1006512 B/op  10510 allocs/op
//
// Tokenize and Match figures are per name, averaged over benchNames; New is
// per matcher. Match allocates only for the names that match (its Tokens),
// 12 of the 40 here, hence the rounding to 0 allocs/op.

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

// BenchmarkMatchLong shows that matching is linear in the length of the
// name: the 100k case costs about ten times the 10k case (measured:
// 259 µs and 2.21 ms with -benchtime=200ms). It replaces a timed test,
// which a loaded CI machine would make flaky.
func BenchmarkMatchLong(b *testing.B) {
	m := Default()
	for _, n := range []int{10_000, 100_000} {
		in := strings.Repeat("api_key_hash_", n/13+1)[:n]
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				m.Match(in)
			}
		})
	}
}
