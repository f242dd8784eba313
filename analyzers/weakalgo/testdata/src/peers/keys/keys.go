// Package keys is the peer-style family of weak and hard-coded keys
// (gosec G403 and G101 in crypto calls, CodeQL go/hardcoded-key, Semgrep
// use-of-weak-rsa-key): key sizes through helpers and branches, keys
// through constructors and struct fields, PEM literals.
package keys

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/dsa"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"os"
)

func small() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) // want `rsa\.GenerateKey with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

const keyBits = 512

func smallConst() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, keyBits) // want `rsa\.GenerateKey with 512 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func newKey(bits int) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bits)
}

func smallThroughHelper() (*rsa.PrivateKey, error) {
	return newKey(1024) // want `rsa\.GenerateKey \(reached through newKey\) with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func smallLocal() (*rsa.PrivateKey, error) {
	bits := 1536
	return rsa.GenerateKey(rand.Reader, bits) // want `rsa\.GenerateKey with 1536 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func smallOnBranch(compat bool) (*rsa.PrivateKey, error) {
	bits := 3072
	if compat {
		bits = 1024
	}
	return rsa.GenerateKey(rand.Reader, bits) // want `rsa\.GenerateKey with 1024 bits on some paths \(assigned on line 50\) is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func p224() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P224(), rand.Reader) // want `ecdsa\.GenerateKey with elliptic\.P224 gives only 112-bit security, and TLS and crypto/ecdh do not support it; use elliptic\.P256 or Ed25519 \(CL315\)`
}

func dsaKey() (*dsa.PrivateKey, error) {
	var priv dsa.PrivateKey
	if err := dsa.GenerateParameters(&priv.Parameters, rand.Reader, dsa.L1024N160); err != nil { // ok: the key generation below is the finding
		return nil, err
	}
	return &priv, dsa.GenerateKey(&priv, rand.Reader) // want `dsa\.GenerateKey uses DSA, deprecated and limited to SHA-1-era key sizes; use Ed25519 \(crypto/ed25519\) or ECDSA with P-256 \(CL315\)`
}

// Hard-coded symmetric keys.

func aesLiteral() (cipher.Block, error) {
	return aes.NewCipher([]byte("0123456789abcdef")) // want `key of aes\.NewCipher is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

var macKey = []byte("hmac-key-in-the-source")

func hmacPackageVar(msg []byte) []byte {
	m := hmac.New(sha256.New, macKey) // want `key of hmac\.New is a string literal \(macKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	m.Write(msg)
	return m.Sum(nil)
}

type signer struct{ key []byte }

func newSigner(key []byte) *signer { return &signer{key: key} }

func (s *signer) sign(msg []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write(msg)
	return m.Sum(nil)
}

func keyThroughConstructor(msg []byte) []byte {
	s := newSigner([]byte("constructor-key")) // want `key of hmac\.New is a string literal, passed to newSigner \(field key\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	return s.sign(msg)
}

func keyThroughField(msg []byte) []byte {
	s := &signer{key: []byte("field-key-0123456")} // want `key of hmac\.New is a string literal \(field key\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	return s.sign(msg)
}

func constSeed() ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed([]byte("0123456789abcdef0123456789abcdef")) // want `key of ed25519\.NewKeyFromSeed is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

const rsaKeyPEM = `-----BEGIN RSA PRIVATE KEY-----
MIIBOwIBAAJBAMrandomlookingbutwrittenhereforthetestonlyAAAAAAAAAA
-----END RSA PRIVATE KEY-----`

func pemLiteral() (*rsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(rsaKeyPEM))
	return x509.ParsePKCS1PrivateKey(block.Bytes) // want `private key parsed by x509\.ParsePKCS1PrivateKey is a PEM block in the constant rsaKeyPEM: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or a file outside the source \(CL323\)`
}

const pkcs8PEM = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIAwrittenforthetestonlynotarealkeyAAAAAAAAAA
-----END PRIVATE KEY-----`

func pemPKCS8() (any, error) {
	block, _ := pem.Decode([]byte(pkcs8PEM))
	return x509.ParsePKCS8PrivateKey(block.Bytes) // want `private key parsed by x509\.ParsePKCS8PrivateKey is a PEM block in the constant pkcs8PEM: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or a file outside the source \(CL323\)`
}

func pemPair(certPEM []byte) (tls.Certificate, error) {
	return tls.X509KeyPair(certPEM, []byte(rsaKeyPEM)) // want `private key parsed by tls\.X509KeyPair is a PEM block in the constant rsaKeyPEM: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or a file outside the source \(CL323\)`
}

// Not findings: strong sizes, keys read at run time, keys from
// crypto/rand, key sizes chosen by the caller at run time.

func strong() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 2048) // ok: 2048 bits
}

func strongThroughHelper() (*rsa.PrivateKey, error) {
	return newKey(4096) // ok: 4096 bits
}

func sizeFromEnv(bits int) (*rsa.PrivateKey, error) {
	return newKey(bits) // ok: chosen by the caller
}

func aesFromEnv() (cipher.Block, error) {
	return aes.NewCipher([]byte(os.Getenv("AES_KEY"))) // ok: loaded at run time
}

func randomKey() (cipher.Block, error) {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, err
	}
	return aes.NewCipher(k) // ok: random key
}

func keyFromFile(path string) (*rsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	return x509.ParsePKCS1PrivateKey(block.Bytes) // ok: read from a file
}

func signerFromEnv(msg []byte) []byte {
	s := newSigner([]byte(os.Getenv("MAC_KEY"))) // ok: loaded at run time
	return s.sign(msg)
}

type verifier struct{ key []byte }

func newVerifier(key []byte) *verifier { return &verifier{key: key} }

func (v *verifier) verify(msg, mac []byte) bool {
	m := hmac.New(sha256.New, v.key)
	m.Write(msg)
	return hmac.Equal(m.Sum(nil), mac)
}

func verifierFromEnv(msg, mac []byte) bool {
	return newVerifier([]byte(os.Getenv("VERIFY_KEY"))).verify(msg, mac) // ok: the constructor only ever gets keys loaded at run time
}

type rotating struct{ key []byte }

func (r *rotating) sign(msg []byte) []byte {
	m := hmac.New(sha256.New, r.key)
	m.Write(msg)
	return m.Sum(nil)
}

func rotated(msg []byte) []byte {
	r := &rotating{key: []byte("placeholder-key")} // ok: the field is replaced by assignment, so a literal's key may not be the one used
	r.key = []byte(os.Getenv("ROTATING_KEY"))
	return r.sign(msg)
}

type labelled struct {
	label string
	key   []byte
}

func (l *labelled) sign(msg []byte) []byte {
	m := hmac.New(sha256.New, l.key)
	m.Write([]byte(l.label))
	m.Write(msg)
	return m.Sum(nil)
}

func labelledSigner(msg []byte) []byte {
	l := &labelled{label: "billing", key: []byte(os.Getenv("BILLING_KEY"))} // ok: the constant is a label, which reaches no key
	return l.sign(msg)
}

func p256() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P256(), rand.Reader) // ok: P-256
}
