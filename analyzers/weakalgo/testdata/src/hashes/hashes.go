package hashes

import (
	"crypto"
	"crypto/aes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/md4"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/ripemd160"
	"golang.org/x/crypto/sha3"
)

type User struct {
	Name         string
	Password     string
	PasswordHash string
	TokenHash    string
}

// Weak hashes of secrets (CL303).

func tokenDigest(token string) [16]byte {
	return md5.Sum([]byte(token)) // want `md5\.Sum hashes sensitive input token: MD5 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
}

func signRequest(apiKey, body string) string {
	h := sha1.New() // want `sha1\.New hashes sensitive input apiKey: SHA-1 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	h.Write([]byte(apiKey))
	io.WriteString(h, body)
	return hex.EncodeToString(h.Sum(nil))
}

func legacyDigests(secret []byte) {
	m := md4.New() // want `md4\.New hashes sensitive input secret: MD4 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	m.Write(secret)
	_ = m.Sum(nil)
	r := ripemd160.New() // want `ripemd160\.New hashes sensitive input secret: RIPEMD-160 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	r.Write(secret)
	_ = r.Sum(nil)
	c := crypto.MD5.New() // want `crypto\.MD5\.New hashes sensitive input secret: MD5 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	c.Write(secret)
	_ = c.Sum(nil)
}

func storeToken(u *User, issued string) {
	sum := md5.Sum([]byte(issued)) // want `md5\.Sum computes a digest stored in TokenHash: MD5 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	u.TokenHash = hex.EncodeToString(sum[:])
}

func envSecret() [20]byte {
	return sha1.Sum([]byte(os.Getenv("API_SECRET"))) // want `sha1\.Sum hashes sensitive input API_SECRET: SHA-1 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
}

func keyFromPhrase(phrase string) {
	k := md5.Sum([]byte(phrase)) // want `md5\.Sum computes the key of aes\.NewCipher: MD5 is broken \(practical collisions\) and must not protect secrets; derive keys with HKDF \(crypto/hkdf\) from a high-entropy secret \(CL303\)`
	aes.NewCipher(k[:])
}

func viaFuncValue(secret string) []byte {
	newHash := md5.New
	h := newHash() // want `md5\.New hashes sensitive input secret: MD5 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
	h.Write([]byte(secret))
	return h.Sum(nil)
}

// Passwords with any fast hash (CL306).

func md5Password(password string) [16]byte {
	return md5.Sum([]byte(password)) // want `md5\.Sum hashes password-named input password: MD5 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

func saltedSHA256(u *User, salt string) [32]byte {
	return sha256.Sum256([]byte(u.Password + salt)) // want `sha256\.Sum256 hashes password-named input Password: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
}

func hashPassword(p string) string {
	h := sha512.New() // want `sha512\.New computes a digest returned by hashPassword: SHA-512 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	h.Write([]byte(p))
	return hex.EncodeToString(h.Sum(nil))
}

func setPassword(u *User, input string) {
	sum := sha256.Sum256([]byte(input)) // want `sha256\.Sum256 computes a digest stored in PasswordHash: SHA-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	u.PasswordHash = hex.EncodeToString(sum[:])
}

func checkLogin(given, storedPasswordHash string) bool {
	sum := sha1.Sum([]byte(given)) // want `sha1\.Sum computes a digest compared with storedPasswordHash: SHA-1 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	return hex.EncodeToString(sum[:]) == storedPasswordHash
}

func keyFromPassword(passphrase string) {
	k := sha256.Sum256([]byte(passphrase)) // want `sha256\.Sum256 hashes password-named input passphrase into the key of aes\.NewCipher: SHA-256 is a fast hash, so the key falls to password guessing at billions of guesses per second; derive keys from passwords with argon2\.IDKey or scrypt\.Key and a random salt \(CL306\)`
	aes.NewCipher(k[:])
}

func otherFastHashes(pwd []byte) {
	_ = blake2b.Sum256(pwd) // want `blake2b\.Sum256 hashes password-named input pwd: BLAKE2b-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	h := sha3.New256()      // want `sha3\.New256 hashes password-named input pwd: SHA3-256 is a fast hash, so stolen hashes of ordinary passwords are cracked at billions of guesses per second; hash passwords with argon2\.IDKey, scrypt\.Key or bcrypt\.GenerateFromPassword \(CL306\)`
	h.Write(pwd)
	_ = h.Sum(nil)
}

// Not findings: HMAC, checksums, protocol digests, fast hashes of tokens.

func hmacSHA1(key, msg []byte) []byte {
	m := hmac.New(sha1.New, key)
	m.Write(msg)
	return m.Sum(nil)
}

func hmacMD5(key, msg []byte) []byte {
	return hmac.New(md5.New, key).Sum(msg)
}

func fileChecksum(f *os.File) (string, error) {
	h := md5.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	etag := hex.EncodeToString(h.Sum(nil))
	return etag, nil
}

func gitBlobID(content string) [20]byte {
	return sha1.Sum([]byte(fmt.Sprintf("blob %d\x00", len(content)) + content))
}

func etag(body []byte) string {
	return fmt.Sprintf("%x", md5.Sum(body))
}

func cacheKey(url string) string {
	key := md5.Sum([]byte(url))
	return hex.EncodeToString(key[:])
}

func tokenHashSHA256(token string) string {
	sum := sha256.Sum256([]byte(token))
	tokenHash := hex.EncodeToString(sum[:])
	return tokenHash
}

func compareAPIKey(apiKey string, want [32]byte) bool {
	got := sha256.Sum256([]byte(apiKey))
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

func keyedBLAKE2(macKey, password []byte) []byte {
	h, _ := blake2b.New256(macKey)
	h.Write(password)
	return h.Sum(nil)
}

// Pre-hashing before bcrypt (to pass its 72-byte limit): bcrypt protects it.
func prehashBcrypt(password string) ([]byte, error) {
	sum := sha256.Sum256([]byte(password))
	return bcrypt.GenerateFromPassword([]byte(hex.EncodeToString(sum[:])), bcrypt.DefaultCost)
}

// A Pwned Passwords range query sends five hex digits of the SHA-1.
func pwnedRange(password string) string {
	sum := sha1.Sum([]byte(password))
	return hex.EncodeToString(sum[:])[:5]
}

func pbkdf2SHA1(password, salt []byte) []byte {
	return pbkdf2.Key(password, salt, 1_300_000, 32, sha1.New)
}

// The role of a digest a helper returns is decided by its callers.

type account struct{ PasswordHash, ETag string }

func digestHex(s string) string {
	sum := sha256.Sum256([]byte(s)) // want `sha256\.Sum256 computes a digest compared with PasswordHash: .* \(CL306\)`
	return hex.EncodeToString(sum[:])
}

func checkAccountLogin(a *account, candidate string) bool {
	return digestHex(candidate) == a.PasswordHash
}

func contentDigest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func fresh(a *account, body []byte) bool {
	return contentDigest(body) == a.ETag
}

type user struct{ pw string }

func (u *user) SetPassword(v string) { u.pw = v }

func (u *user) SetAvatar(v string) {}

func register(u *user, password string) {
	sum := sha256.Sum256([]byte(password + "pepper")) // want `sha256\.Sum256 hashes password-named input password: .* \(CL306\)`
	u.SetPassword(hex.EncodeToString(sum[:]))
}

func registerSetter(u *user, input string) {
	sum := sha1.Sum([]byte(input)) // want `sha1\.Sum computes a digest stored in Password: .* \(CL306\)`
	u.SetPassword(hex.EncodeToString(sum[:]))
}

func avatar(u *user, email string) {
	sum := md5.Sum([]byte(email))
	u.SetAvatar(hex.EncodeToString(sum[:]))
}
