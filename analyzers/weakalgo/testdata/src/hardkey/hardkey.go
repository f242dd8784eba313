package hardkey

import (
	"crypto/aes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"os"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"golang.org/x/crypto/chacha20poly1305"
)

const jwtSecret = "s3cr3t-signing-key"

var aesKey = []byte("0123456789abcdef0123456789abcdef")

func signJWT(claims jwt.MapClaims) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return t.SignedString([]byte(jwtSecret)) // want `key of jwt\.Token\.SignedString is the constant jwtSecret: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func signJWTv4(claims jwt4.MapClaims) (string, error) {
	return jwt4.NewWithClaims(jwt4.SigningMethodHS256, claims).SignedString([]byte("changeme")) // want `key of jwt\.Token\.SignedString is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func encrypt() {
	aes.NewCipher(aesKey) // want `key of aes\.NewCipher is a string literal \(aesKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	key := []byte{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10}
	aes.NewCipher(key) // want `key of aes\.NewCipher is a byte literal \(key\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	zero := make([]byte, chacha20poly1305.KeySize)
	chacha20poly1305.New(zero) // want `key of chacha20poly1305\.New is never filled \(all zero\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

// The AES example of the Go documentation, copied into production.
func fromHexLiteral() {
	key, _ := hex.DecodeString("6368616e676520746869732070617373")
	aes.NewCipher(key) // want `key of aes\.NewCipher is decoded from a string literal \(key\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

func mac(msg []byte) []byte {
	m := hmac.New(sha256.New, []byte("webhook-secret")) // want `key of hmac\.New is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	m.Write(msg)
	return m.Sum(nil)
}

func csfle() *options.AutoEncryptionOptions {
	localKey := []byte("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567")
	return options.AutoEncryption().SetKmsProviders(map[string]map[string]any{
		"local": {"key": localKey}, // want `MongoDB client-side encryption local master key is a string literal \(localKey\): anyone with the source decrypts every encrypted field; load the 96-byte key at run time, or use a cloud KMS provider \(CL323\)`
	})
}

const localMasterKey = "c2VjcmV0LWxvY2FsLW1hc3Rlci1rZXktZm9yLWNzZmxlLWRvLW5vdC11c2U="

func csfleExplicit() *options.ClientEncryptionOptionsBuilder {
	kms := map[string]map[string]any{
		"local": {"key": localMasterKey}, // want `MongoDB client-side encryption local master key is the constant localMasterKey: anyone with the source decrypts every encrypted field; load the 96-byte key at run time, or use a cloud KMS provider \(CL323\)`
	}
	return options.ClientEncryption().SetKmsProviders(kms)
}

// Not findings: keys from the environment or from callers, public labels.

func fromEnv() {
	aes.NewCipher([]byte(os.Getenv("AES_KEY")))
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{})
	t.SignedString([]byte(os.Getenv("JWT_SECRET")))
}

func unsigned(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodNone, claims).SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func fromCaller(key []byte) {
	chacha20poly1305.New(key)
}

func label(seed []byte) []byte {
	m := hmac.New(sha256.New, []byte("Bitcoin seed"))
	m.Write(seed)
	return m.Sum(nil)
}

func loaded() {
	key := make([]byte, 32)
	if f, err := os.Open("key.bin"); err == nil {
		f.Read(key)
	}
	aes.NewCipher(key)
}

func csfleFromEnv() *options.AutoEncryptionOptions {
	return options.AutoEncryption().SetKmsProviders(map[string]map[string]any{
		"local": {"key": []byte(os.Getenv("LOCAL_MASTER_KEY"))},
	})
}
