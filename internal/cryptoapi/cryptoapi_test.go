package cryptoapi

import "testing"

func TestPackageOf(t *testing.T) {
	for full, want := range map[string]string{
		"crypto/sha256.Sum256":                            "crypto/sha256",
		"(*crypto/cipher.gcm).Seal":                       "crypto/cipher",
		"(hash.Hash).Sum":                                 "hash",
		"golang.org/x/crypto/bcrypt.GenerateFromPassword": "golang.org/x/crypto/bcrypt",
	} {
		if got := packageOf(full); got != want {
			t.Errorf("packageOf(%q) = %q, want %q", full, got, want)
		}
	}
}

// TestListed: every function of the table is in a listed package, and a
// package with none is not listed.
func TestListed(t *testing.T) {
	for full := range funcs {
		if !Listed(packageOf(full)) {
			t.Errorf("%s: package %q not listed", full, packageOf(full))
		}
	}
	for _, path := range []string{"crypto/sha256", "crypto/rand", "golang.org/x/crypto/bcrypt"} {
		if !Listed(path) {
			t.Errorf("Listed(%q) = false", path)
		}
	}
	for _, path := range []string{"fmt", "strings", "net/http", ""} {
		if Listed(path) {
			t.Errorf("Listed(%q) = true", path)
		}
	}
}
