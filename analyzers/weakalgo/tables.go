package weakalgo

import (
	"crypto"
	"crypto/tls"
	"crypto/x509"

	"github.com/cryptolint/cryptolint/internal/cryptoapi"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// Match tables, keyed by (*types.Func).FullName.

// cipherCtor describes a constructor of a broken or legacy cipher.
type cipherCtor struct {
	name string      // the algorithm, for messages
	rule *rules.Rule // CL301 or CL302
	why  string      // what breaks it
}

var weakCiphers = map[string]cipherCtor{
	"crypto/des.NewCipher":                        {"DES", rules.BrokenCipher, "its 56-bit key can be searched exhaustively"},
	"crypto/rc4.NewCipher":                        {"RC4", rules.BrokenCipher, "its keystream biases leak plaintext"},
	"crypto/des.NewTripleDESCipher":               {"3DES", rules.LegacyCipher, "its 64-bit block collides after about 32 GiB under one key (Sweet32)"},
	"golang.org/x/crypto/blowfish.NewCipher":      {"Blowfish", rules.LegacyCipher, "its 64-bit block collides after about 32 GiB under one key (Sweet32)"},
	"golang.org/x/crypto/cast5.NewCipher":         {"CAST5", rules.LegacyCipher, "its 64-bit block collides after about 32 GiB under one key (Sweet32)"},
	"golang.org/x/crypto/tea.NewCipher":           {"TEA", rules.LegacyCipher, "it has equivalent keys, related-key attacks and a 64-bit block"},
	"golang.org/x/crypto/tea.NewCipherWithRounds": {"TEA", rules.LegacyCipher, "it has equivalent keys, related-key attacks and a 64-bit block"},
	"golang.org/x/crypto/xtea.NewCipher":          {"XTEA", rules.LegacyCipher, "its 64-bit block collides after about 32 GiB under one key (Sweet32)"},
}

// hashKind says how a hash function is called.
type hashKind = cryptoapi.Form

const (
	hashCtor    = cryptoapi.Ctor    // returns a hash.Hash to Write to and Sum
	hashOneShot = cryptoapi.OneShot // digest of its first argument
	hashKeyed   = cryptoapi.Keyed   // constructor whose first argument is a key (a MAC when non-nil)
)

// hashFunc describes a hash constructor or one-shot digest function.
type hashFunc struct {
	algo string // MD5, SHA-256, ...
	weak bool   // collision-broken: MD5, SHA-1, MD4, RIPEMD-160
	kind hashKind
}

// hashFuncs are the hash constructors and one-shot digest functions of
// cryptoapi's table (not the Sum methods of hash states).
var hashFuncs = func() map[string]hashFunc {
	m := make(map[string]hashFunc)
	cryptoapi.Each(cryptoapi.Hash, func(name string, f cryptoapi.Func) {
		if f.Form != cryptoapi.Method {
			m[name] = hashFunc{f.Algo, f.Broken, f.Form}
		}
	})
	return m
}()

// cryptoHashes names the crypto.Hash constants, keyed by the value a
// constant argument evaluates to, and says which are collision-broken.
var cryptoHashes = map[int64]hashFunc{
	int64(crypto.MD4):         {"MD4", true, hashCtor},
	int64(crypto.MD5):         {"MD5", true, hashCtor},
	int64(crypto.SHA1):        {"SHA-1", true, hashCtor},
	int64(crypto.SHA224):      {"SHA-224", false, hashCtor},
	int64(crypto.SHA256):      {"SHA-256", false, hashCtor},
	int64(crypto.SHA384):      {"SHA-384", false, hashCtor},
	int64(crypto.SHA512):      {"SHA-512", false, hashCtor},
	int64(crypto.MD5SHA1):     {"MD5+SHA-1", true, hashCtor},
	int64(crypto.RIPEMD160):   {"RIPEMD-160", true, hashCtor},
	int64(crypto.SHA3_224):    {"SHA3-224", false, hashCtor},
	int64(crypto.SHA3_256):    {"SHA3-256", false, hashCtor},
	int64(crypto.SHA3_384):    {"SHA3-384", false, hashCtor},
	int64(crypto.SHA3_512):    {"SHA3-512", false, hashCtor},
	int64(crypto.SHA512_224):  {"SHA-512/224", false, hashCtor},
	int64(crypto.SHA512_256):  {"SHA-512/256", false, hashCtor},
	int64(crypto.BLAKE2s_256): {"BLAKE2s-256", false, hashCtor},
	int64(crypto.BLAKE2b_256): {"BLAKE2b-256", false, hashCtor},
	int64(crypto.BLAKE2b_384): {"BLAKE2b-384", false, hashCtor},
	int64(crypto.BLAKE2b_512): {"BLAKE2b-512", false, hashCtor},
}

// cryptoHashNames spells the crypto.Hash constants for messages.
var cryptoHashNames = map[int64]string{
	int64(crypto.MD4):       "crypto.MD4",
	int64(crypto.MD5):       "crypto.MD5",
	int64(crypto.SHA1):      "crypto.SHA1",
	int64(crypto.MD5SHA1):   "crypto.MD5SHA1",
	int64(crypto.RIPEMD160): "crypto.RIPEMD160",
}

// signOpts are signing functions whose argument at the index is a
// crypto.Hash or crypto.SignerOpts naming the digest.
var signOpts = map[string]int{
	"crypto/rsa.SignPKCS1v15":         2,
	"crypto/rsa.SignPSS":              2,
	"(*crypto/rsa.PrivateKey).Sign":   2,
	"(*crypto/ecdsa.PrivateKey).Sign": 2,
	"(crypto.Signer).Sign":            2,
}

// digestSigners sign a digest given at the index, whose algorithm is that
// of the hash that computed it.
var digestSigners = map[string]int{
	"crypto/ecdsa.Sign":     2,
	"crypto/ecdsa.SignASN1": 2,
}

// weakSigAlgs are x509.SignatureAlgorithm values (crypto/x509) over a
// collision-broken digest.
var weakSigAlgs = map[int64]string{
	int64(x509.MD2WithRSA):    "x509.MD2WithRSA",
	int64(x509.MD5WithRSA):    "x509.MD5WithRSA",
	int64(x509.SHA1WithRSA):   "x509.SHA1WithRSA",
	int64(x509.DSAWithSHA1):   "x509.DSAWithSHA1",
	int64(x509.ECDSAWithSHA1): "x509.ECDSAWithSHA1",
}

// x509Templates are the types whose SignatureAlgorithm field chooses the
// digest that CreateCertificate, CreateCertificateRequest and
// CreateRevocationList sign.
var x509Templates = map[string]bool{
	"crypto/x509.Certificate":        true,
	"crypto/x509.CertificateRequest": true,
	"crypto/x509.RevocationList":     true,
}

// role is what a byte argument of a crypto API is.
type role uint8

const (
	roleKey role = iota + 1
	roleNonce
	roleIV
	roleData     // plaintext, ciphertext, digest: read only
	rolePassword // the password of a password hash or KDF
	roleDst      // written
	roleBits     // the size of a generated RSA key
)

// param is one argument of a crypto API.
type param struct {
	index   int
	role    role
	encrypt bool // the call encrypts (a static IV or nonce is a finding)
}

// cryptoParams lists byte arguments of crypto APIs: keys (hard-coded key
// rule, key-material destinations), IVs and nonces (static IV rule), and
// read-only data (a buffer passed there is not written).
var cryptoParams = map[string][]param{
	"crypto/aes.NewCipher":                                                  {{0, roleKey, false}},
	"crypto/rsa.GenerateKey":                                                {{1, roleBits, false}},
	"crypto/ed25519.NewKeyFromSeed":                                         {{0, roleKey, false}},
	"crypto/rsa.GenerateMultiPrimeKey":                                      {{2, roleBits, false}},
	"crypto/des.NewCipher":                                                  {{0, roleKey, false}},
	"crypto/des.NewTripleDESCipher":                                         {{0, roleKey, false}},
	"crypto/rc4.NewCipher":                                                  {{0, roleKey, false}},
	"golang.org/x/crypto/blowfish.NewCipher":                                {{0, roleKey, false}},
	"golang.org/x/crypto/blowfish.NewSaltedCipher":                          {{0, roleKey, false}, {1, roleData, false}},
	"golang.org/x/crypto/cast5.NewCipher":                                   {{0, roleKey, false}},
	"golang.org/x/crypto/tea.NewCipher":                                     {{0, roleKey, false}},
	"golang.org/x/crypto/tea.NewCipherWithRounds":                           {{0, roleKey, false}},
	"golang.org/x/crypto/xtea.NewCipher":                                    {{0, roleKey, false}},
	"golang.org/x/crypto/chacha20poly1305.New":                              {{0, roleKey, false}},
	"golang.org/x/crypto/chacha20poly1305.NewX":                             {{0, roleKey, false}},
	"crypto/hmac.New":                                                       {{1, roleKey, false}},
	"golang.org/x/crypto/bcrypt.GenerateFromPassword":                       {{0, rolePassword, false}},
	"golang.org/x/crypto/bcrypt.CompareHashAndPassword":                     {{0, roleData, false}, {1, rolePassword, false}},
	"golang.org/x/crypto/pbkdf2.Key":                                        {{0, rolePassword, false}, {1, roleData, false}},
	"crypto/pbkdf2.Key":                                                     {{1, rolePassword, false}, {2, roleData, false}},
	"golang.org/x/crypto/scrypt.Key":                                        {{0, rolePassword, false}, {1, roleData, false}},
	"golang.org/x/crypto/argon2.IDKey":                                      {{0, rolePassword, false}, {1, roleData, false}},
	"golang.org/x/crypto/argon2.Key":                                        {{0, rolePassword, false}, {1, roleData, false}},
	"golang.org/x/crypto/hkdf.New":                                          {{1, roleKey, false}, {2, roleData, false}, {3, roleData, false}},
	"golang.org/x/crypto/hkdf.Extract":                                      {{1, roleKey, false}, {2, roleData, false}},
	"crypto/hkdf.Key":                                                       {{1, roleKey, false}, {2, roleData, false}},
	"crypto/hkdf.Extract":                                                   {{1, roleKey, false}, {2, roleData, false}},
	"(*github.com/golang-jwt/jwt/v5.Token).SignedString":                    {{0, roleKey, false}},
	"(*github.com/golang-jwt/jwt/v4.Token).SignedString":                    {{0, roleKey, false}},
	"(*github.com/golang-jwt/jwt.Token).SignedString":                       {{0, roleKey, false}},
	"(*github.com/dgrijalva/jwt-go.Token).SignedString":                     {{0, roleKey, false}},
	"github.com/cristalhq/jwt/v3.NewSignerHS":                               {{1, roleKey, false}},
	"github.com/cristalhq/jwt/v3.NewVerifierHS":                             {{1, roleKey, false}},
	"github.com/cristalhq/jwt/v4.NewSignerHS":                               {{1, roleKey, false}},
	"github.com/cristalhq/jwt/v4.NewVerifierHS":                             {{1, roleKey, false}},
	"github.com/cristalhq/jwt/v5.NewSignerHS":                               {{1, roleKey, false}},
	"github.com/cristalhq/jwt/v5.NewVerifierHS":                             {{1, roleKey, false}},
	"github.com/go-kit/kit/auth/jwt.NewSigner":                              {{1, roleKey, false}},
	"github.com/kataras/jwt.Sign":                                           {{1, roleKey, false}},
	"github.com/kataras/jwt.SignEncrypted":                                  {{1, roleKey, false}},
	"github.com/kataras/jwt.SignWithHeader":                                 {{1, roleKey, false}},
	"github.com/kataras/jwt.SignEncryptedWithHeader":                        {{1, roleKey, false}},
	"github.com/kataras/jwt.Verify":                                         {{1, roleKey, false}},
	"github.com/kataras/jwt.VerifyEncrypted":                                {{1, roleKey, false}},
	"github.com/kataras/jwt.VerifyWithHeaderValidator":                      {{1, roleKey, false}},
	"github.com/kataras/jwt.VerifyEncryptedWithHeaderValidator":             {{1, roleKey, false}},
	"github.com/kataras/jwt.GCM":                                            {{0, roleKey, false}, {1, roleData, false}},
	"(github.com/kataras/jwt.Keys).Register":                                {{2, roleKey, false}, {3, roleKey, false}},
	"github.com/kataras/iris/v12/middleware/jwt.NewSigner":                  {{1, roleKey, false}},
	"github.com/kataras/iris/v12/middleware/jwt.NewVerifier":                {{1, roleKey, false}},
	"(*github.com/kataras/iris/v12/middleware/jwt.Signer).WithEncryption":   {{0, roleKey, false}, {1, roleData, false}},
	"(*github.com/kataras/iris/v12/middleware/jwt.Verifier).WithDecryption": {{0, roleKey, false}, {1, roleData, false}},
	"github.com/lestrrat-go/jwx/v2/jwk.FromRaw":                             {{0, roleKey, false}},
	"github.com/lestrrat-go/jwx/v2/jwt.WithKey":                             {{1, roleKey, false}},
	"github.com/lestrrat-go/jwx/v2/jws.WithKey":                             {{1, roleKey, false}},
	"github.com/lestrrat-go/jwx/v3/jwt.WithKey":                             {{1, roleKey, false}},
	"github.com/lestrrat-go/jwx/v3/jws.WithKey":                             {{1, roleKey, false}},
	"(crypto/cipher.AEAD).Seal":                                             {{0, roleData, false}, {1, roleNonce, true}, {2, roleData, false}, {3, roleData, false}},
	"(crypto/cipher.AEAD).Open":                                             {{1, roleNonce, false}, {2, roleData, false}, {3, roleData, false}},
	"crypto/cipher.NewCBCEncrypter":                                         {{1, roleIV, true}},
	"crypto/cipher.NewCBCDecrypter":                                         {{1, roleIV, false}},
	"crypto/cipher.NewCTR":                                                  {{1, roleIV, true}},
	"crypto/cipher.NewCFBEncrypter":                                         {{1, roleIV, true}},
	"crypto/cipher.NewCFBDecrypter":                                         {{1, roleIV, false}},
	"crypto/cipher.NewOFB":                                                  {{1, roleIV, true}},
	"golang.org/x/crypto/chacha20.NewUnauthenticatedCipher":                 {{0, roleKey, false}, {1, roleNonce, true}},
	"(crypto/cipher.Block).Encrypt":                                         {{0, roleDst, false}, {1, roleData, false}},
	"(crypto/cipher.Block).Decrypt":                                         {{0, roleDst, false}, {1, roleData, false}},
	"(crypto/cipher.BlockMode).CryptBlocks":                                 {{0, roleDst, false}, {1, roleData, false}},
	"(crypto/cipher.Stream).XORKeyStream":                                   {{0, roleDst, false}, {1, roleData, false}},
	"encoding/hex.EncodeToString":                                           {{0, roleData, false}},
	"(*encoding/base64.Encoding).EncodeToString":                            {{0, roleData, false}},
	"bytes.Equal":                       {{0, roleData, false}, {1, roleData, false}},
	"crypto/subtle.ConstantTimeCompare": {{0, roleData, false}, {1, roleData, false}},
	"crypto/hmac.Equal":                 {{0, roleData, false}, {1, roleData, false}},
}

// funcName names a package-level function.
type funcName struct{ pkg, name string }

// funcVars are package-level variables that hold another package's
// function, keyed by the variable's package path and name: a call through
// one is a call of that function. iris's middleware/jwt re-exports
// kataras/jwt's (aliases.go of v12.2.11: `Sign = jwt.Sign`).
var funcVars = func() map[string]funcName {
	const iris, kataras = "github.com/kataras/iris/v12/middleware/jwt.", "github.com/kataras/jwt"
	m := map[string]funcName{iris + "VerifyEncryptedToken": {kataras, "VerifyEncrypted"}}
	for _, name := range []string{"Sign", "SignEncrypted", "Verify", "GCM", "ParsePrivateKeyRSA", "ParsePrivateKeyECDSA", "ParsePrivateKeyEdDSA"} {
		m[iris+name] = funcName{kataras, name}
	}
	return m
}()

// keysetReader is a function that reads a keyset in cleartext from its
// argument at index (a keyset.Reader or an io.Reader).
type keysetReader struct {
	index int
	kek   int // index of a key-encryption AEAD that makes the keyset ciphertext when non-nil; -1 if none
}

// keysetReaders read cleartext keysets: a reader over a constant there is a
// hard-coded keyset (CL323). keyset.Read is not listed: the keyset it reads is
// encrypted under a master key (a KMS), so a constant there is ciphertext.
var keysetReaders = map[string]keysetReader{
	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset.Read": {0, -1},
	"github.com/cryptolint/cryptolint/fieldcrypt.ReadKeyset":         {0, 1},
}

// readerWrappers make a reader of their argument at the index: a keyset
// reader over one of them reads that argument.
var readerWrappers = map[string]int{
	"github.com/tink-crypto/tink-go/v2/keyset.NewJSONReader":   0,
	"github.com/tink-crypto/tink-go/v2/keyset.NewBinaryReader": 0,
	"strings.NewReader":     0,
	"bytes.NewReader":       0,
	"bytes.NewBuffer":       0,
	"bytes.NewBufferString": 0,
}

// randReaders are key generation and signing functions whose argument at
// the index is the random source: a math/rand generator there makes the
// key, or an ECDSA signature's nonce, predictable (CL312).
var randReaders = map[string]int{
	"crypto/rsa.GenerateKey":           0,
	"crypto/rsa.GenerateMultiPrimeKey": 0,
	"crypto/ecdsa.GenerateKey":         1,
	"crypto/ed25519.GenerateKey":       0,
	"crypto/dsa.GenerateKey":           1,
	"(crypto/ecdh.Curve).GenerateKey":  0,
	"crypto/ecdsa.Sign":                0,
	"crypto/ecdsa.SignASN1":            0,
}

// privateKeyParsers parse a private key from their argument at the index:
// DER bytes (the x509 parsers) or PEM text. A key that comes from a
// constant there is embedded in the source (CL323).
var privateKeyParsers = map[string]int{
	"crypto/x509.ParsePKCS1PrivateKey":                       0,
	"crypto/x509.ParsePKCS8PrivateKey":                       0,
	"crypto/x509.ParseECPrivateKey":                          0,
	"crypto/tls.X509KeyPair":                                 1,
	"golang.org/x/crypto/ssh.ParsePrivateKey":                0,
	"github.com/golang-jwt/jwt/v5.ParseRSAPrivateKeyFromPEM": 0,
	"github.com/golang-jwt/jwt/v5.ParseECPrivateKeyFromPEM":  0,
	"github.com/golang-jwt/jwt/v5.ParseEdPrivateKeyFromPEM":  0,
	"github.com/golang-jwt/jwt/v4.ParseRSAPrivateKeyFromPEM": 0,
	"github.com/golang-jwt/jwt/v4.ParseECPrivateKeyFromPEM":  0,
	"github.com/golang-jwt/jwt/v4.ParseEdPrivateKeyFromPEM":  0,
	"github.com/kataras/jwt.ParsePrivateKeyRSA":              0,
	"github.com/kataras/jwt.ParsePrivateKeyECDSA":            0,
	"github.com/kataras/jwt.ParsePrivateKeyEdDSA":            0,
}

// keyFields are struct types of JWT and JOSE libraries whose fields hold
// a signing, verification or key-wrapping key (CL323), keyed by the type's
// package path and name. kataras/jwt's Public and iris's Verifier.Key are
// listed too: with HMAC they hold the shared secret, and an asymmetric
// public key is never a constant. gin-jwt's and gf-jwt's PrivKeyBytes
// (PEM) are not: their parse happens inside the library.
var keyFields = map[string][]string{
	"gopkg.in/square/go-jose.v2.SigningKey":               {"Key"},
	"gopkg.in/square/go-jose.v2.Recipient":                {"Key"},
	"github.com/go-jose/go-jose/v3.SigningKey":            {"Key"},
	"github.com/go-jose/go-jose/v3.Recipient":             {"Key"},
	"github.com/go-jose/go-jose/v4.SigningKey":            {"Key"},
	"github.com/go-jose/go-jose/v4.Recipient":             {"Key"},
	"github.com/appleboy/gin-jwt/v2.GinJWTMiddleware":     {"Key"},
	"github.com/gogf/gf-jwt/v2.GfJWTMiddleware":           {"Key"},
	"github.com/kataras/iris/v12/middleware/jwt.Signer":   {"Key"},
	"github.com/kataras/iris/v12/middleware/jwt.Verifier": {"Key"},
	"github.com/kataras/jwt.Key":                          {"Private", "Public"},
}

// jwtKeyfuncs are golang-jwt parse functions whose argument at the index
// is a Keyfunc: the key it returns verifies tokens (CL323).
var jwtKeyfuncs = func() map[string]int {
	m := make(map[string]int)
	for _, p := range []string{"github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt", "github.com/dgrijalva/jwt-go"} {
		m[p+".Parse"] = 1
		m[p+".ParseWithClaims"] = 2
		m["(*"+p+".Parser).Parse"] = 1
		m["(*"+p+".Parser).ParseWithClaims"] = 2
	}
	return m
}()

// modeCtors are cipher modes that CL309 and CL310 judge.
var modeCtors = map[string]string{
	"crypto/cipher.NewCFBEncrypter": "CFB",
	"crypto/cipher.NewOFB":          "OFB",
	"crypto/cipher.NewCBCEncrypter": "CBC",
	"crypto/cipher.NewCTR":          "CTR",
}

// decryptUses are calls whose argument at the index is a block cipher used
// only to decrypt.
var decryptUses = map[string]int{
	"crypto/cipher.NewCBCDecrypter": 0,
	"crypto/cipher.NewCFBDecrypter": 0,
}

// aeadCtors wrap a block cipher into an AEAD (argument 0).
var aeadCtors = map[string]bool{
	"crypto/cipher.NewGCM":                true,
	"crypto/cipher.NewGCMWithNonceSize":   true,
	"crypto/cipher.NewGCMWithTagSize":     true,
	"crypto/cipher.NewGCMWithRandomNonce": true,
}

// symmetricUses are calls that encrypt and decrypt alike (argument 0 is the
// block or the receiver): decryption only inside a decrypt-named function.
var symmetricUses = map[string]int{
	"crypto/cipher.NewCTR": 0,
	"crypto/cipher.NewOFB": 0,
}

// kdf thresholds of the OWASP Password Storage Cheat Sheet (May 2023).

// pbkdf2Min is the minimum PBKDF2 iteration count by digest.
var pbkdf2Min = map[string]int64{
	"SHA-1":       1_300_000,
	"SHA-256":     600_000,
	"SHA-224":     600_000,
	"SHA-512":     210_000,
	"SHA-384":     210_000,
	"SHA-512/256": 210_000,
}

// scryptOK lists OWASP's equivalent scrypt configurations (r = 8): N and
// the least p that goes with it.
var scryptOK = []struct{ logN, p int64 }{{17, 1}, {16, 2}, {15, 3}, {14, 5}, {13, 10}}

// argon2OK lists OWASP's equivalent Argon2id configurations: memory in KiB
// and the least number of passes that goes with it.
var argon2OK = []struct{ memory, time int64 }{{47104, 1}, {19456, 2}, {12288, 3}, {9216, 4}, {7168, 5}}

// insecureSuites maps the IDs of tls.InsecureCipherSuites() to their names.
var insecureSuites = func() map[uint64]string {
	m := make(map[uint64]string)
	for _, s := range tls.InsecureCipherSuites() {
		m[uint64(s.ID)] = s.Name
	}
	return m
}()

// tlsVersionNames spells TLS versions for messages.
var tlsVersionNames = map[int64]string{
	//lint:ignore SA1019 the deprecated version is what the table names
	tls.VersionSSL30: "SSL 3.0",
	tls.VersionTLS10: "TLS 1.0",
	tls.VersionTLS11: "TLS 1.1",
	tls.VersionTLS12: "TLS 1.2",
	tls.VersionTLS13: "TLS 1.3",
}

// tlsServerSinks take a server tls.Config at the index.
var tlsServerSinks = map[string]int{
	"crypto/tls.Listen":      2,
	"crypto/tls.NewListener": 1,
	"crypto/tls.Server":      1,
}
