package weakalgo

import (
	"crypto"
	"crypto/tls"
	"testing"
)

// TestCryptoHashNames checks that cryptoHashes has every crypto.Hash, named
// as the standard library names it (crypto.Hash.String).
func TestCryptoHashNames(t *testing.T) {
	for h := crypto.MD4; h <= crypto.BLAKE2b_512; h++ {
		got, ok := cryptoHashes[int64(h)]
		if !ok {
			t.Errorf("crypto.Hash %d (%s) missing", h, h)
			continue
		}
		want := h.String()
		if h == crypto.MD5SHA1 {
			want = "MD5+SHA-1" // the messages' spelling; String says "MD5+SHA1"
		}
		if got.algo != want {
			t.Errorf("crypto.Hash %d: algo %q, want %q", h, got.algo, want)
		}
	}
	if len(cryptoHashes) != int(crypto.BLAKE2b_512) {
		t.Errorf("%d entries, want one per crypto.Hash", len(cryptoHashes))
	}
}

// TestTLSVersionNames checks the names against crypto/tls.VersionName.
func TestTLSVersionNames(t *testing.T) {
	for v, name := range tlsVersionNames {
		want := tls.VersionName(uint16(v))
		//lint:ignore SA1019 the deprecated version is one the table names
		if v == tls.VersionSSL30 {
			want = "SSL 3.0" // VersionName says "SSLv3"
		}
		if name != want {
			t.Errorf("version %#04x: %q, want %q", v, name, want)
		}
	}
}
