// Package passwords is the labelled evaluation corpus for hashes, password
// storage and signatures.
package passwords

import (
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

type Account struct {
	Email        string
	Password     string
	PasswordHash string
	Salt         string
	APIKeyHash   string
}

// --- passwords hashed with fast hashes ---

func MD5Password(pwd string) string {
	sum := md5.Sum([]byte(pwd)) // eval want CL306
	return hex.EncodeToString(sum[:])
}

func register(a *Account, plain string) {
	h := sha256.New() // eval want CL306
	h.Write([]byte(a.Salt))
	h.Write([]byte(plain))
	a.PasswordHash = base64.StdEncoding.EncodeToString(h.Sum(nil))
}

func login(r *http.Request, a *Account) bool {
	sum := sha512.Sum512([]byte(r.FormValue("password") + a.Salt)) // eval want CL306
	return hex.EncodeToString(sum[:]) == a.PasswordHash
}

func encodePassword(raw string) string {
	return fmt.Sprintf("%x", sha1.Sum([]byte(raw))) // eval want CL306
}

func checkPassword(a *Account, candidate string) bool {
	return hashIt(candidate) == a.PasswordHash
}

func hashIt(s string) string {
	sum := sha256.Sum256([]byte(s)) // eval want CL306
	return hex.EncodeToString(sum[:])
}

// --- weak hashes in a security role ---

func apiKeyFingerprint(apiKey string) string {
	sum := md5.Sum([]byte(apiKey)) // eval want CL303
	return hex.EncodeToString(sum[:])
}

func resetTokenDigest(resetToken string) [20]byte {
	return sha1.Sum([]byte(resetToken)) // eval want CL303
}

func storeAPIKey(a *Account, key string) {
	sum := md5.Sum([]byte(key)) // eval want CL303
	a.APIKeyHash = hex.EncodeToString(sum[:])
}

func keyFromSecret(secret string) []byte {
	k := sha256.Sum256([]byte(secret)) // eval ok CL303
	return k[:]
}

func tokenSHA256(token string) string {
	sum := sha256.Sum256([]byte(token)) // eval ok CL306
	return hex.EncodeToString(sum[:])
}

// HTTP Digest authentication stores HA1 = MD5(user:realm:password): a
// fast hash of the password, exactly what CL306 is about.
func digestHA1(user, realm, password string) string {
	return fmt.Sprintf("%x", md5.Sum([]byte(user+":"+realm+":"+password))) // eval want CL306
}

// --- the false positives users of other linters complain about ---

// The Pwned Passwords range API takes the first five hex digits of the
// password's SHA-1: a lookup prefix, not a stored hash.
func pwnedPrefix(password string) string {
	sum := sha1.Sum([]byte(password)) // eval ok CL306
	return strings.ToUpper(hex.EncodeToString(sum[:]))[:5]
}

// A fast hash of a high-entropy API key, for lookup, is fine.
func apiKeyLookup(apiKey string) string {
	sum := sha256.Sum256([]byte(apiKey)) // eval ok CL306
	return hex.EncodeToString(sum[:])
}

func etag(body []byte) string {
	return `"` + hex.EncodeToString(md5.New().Sum(body)) + `"` // eval ok CL303
}

func fileMD5(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := md5.New() // eval ok CL303
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func gitObjectID(kind string, content []byte) string {
	h := sha1.New() // eval ok CL303
	fmt.Fprintf(h, "%s %d\x00", kind, len(content))
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

func webhookSignature(webhookSecret, payload []byte) string {
	m := hmac.New(sha1.New, webhookSecret) // eval ok CL303
	m.Write(payload)
	return "sha1=" + hex.EncodeToString(m.Sum(nil))
}

func gravatar(email string) string {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email)))) // eval ok CL303
	return fmt.Sprintf("https://www.gravatar.com/avatar/%x", sum)
}

func cacheKey(query string) string {
	return fmt.Sprintf("%x", sha1.Sum([]byte(query))) // eval ok CL303
}

func userIDFromEmail(a *Account) string {
	sum := sha1.Sum([]byte(a.Email)) // eval ok CL303
	return hex.EncodeToString(sum[:8])
}

// --- signatures ---

func signSHA1(priv *rsa.PrivateKey, msg []byte) ([]byte, error) {
	d := sha1.Sum(msg)
	return rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA1, d[:]) // eval want CL304
}

func certTemplate() *x509.Certificate {
	return &x509.Certificate{SignatureAlgorithm: x509.MD5WithRSA} // eval want CL304
}

func verifyOld(pub *rsa.PublicKey, msg, sig []byte) error {
	d := sha1.Sum(msg)
	return rsa.VerifyPKCS1v15(pub, crypto.SHA1, d[:], sig) // eval ok CL304
}

// --- password hashing parameters ---

func bcryptLow(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 8) // eval want CL307
}

var hashCost = 9

func bcryptPackageVar(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), hashCost) // eval want CL307
}

func bcryptDefault(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // eval ok CL307
}

func bcryptMinCostTest(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 2) // eval ok CL307
}

func pbkdfLow(password, salt []byte) []byte {
	return pbkdf2.Key(password, salt, 4096, 32, sha1.New) // eval want CL307
}

const iterations = 310000

func pbkdfOld(password, salt []byte) []byte {
	return pbkdf2.Key(password, salt, iterations, 32, sha256.New) // eval want CL307
}

func pbkdfOK(password, salt []byte) []byte {
	return pbkdf2.Key(password, salt, 600000, 32, sha256.New) // eval ok CL307
}

func scryptLow(password, salt []byte) ([]byte, error) {
	return scrypt.Key(password, salt, 1<<15, 8, 1, 32) // eval want CL307
}

func scryptOK(password, salt []byte) ([]byte, error) {
	return scrypt.Key(password, salt, 1<<17, 8, 1, 32) // eval ok CL307
}

func argonLow(password, salt []byte) []byte {
	return argon2.IDKey(password, salt, 1, 8*1024, 2, 32) // eval want CL307
}

func argonDocExample(password, salt []byte) []byte {
	return argon2.IDKey(password, salt, 1, 64*1024, 4, 32) // eval ok CL307
}

type params struct{ time, memory uint32 }

func argonFromConfig(p params, password, salt []byte) []byte {
	return argon2.IDKey(password, salt, p.time, p.memory, 1, 32) // eval ok CL307
}
