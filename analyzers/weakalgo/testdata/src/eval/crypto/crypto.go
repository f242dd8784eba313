// Package crypto is the labelled evaluation corpus for ciphers, modes,
// IVs, keys and legacy APIs. Each judged line carries "eval want CLnnn"
// (a finding is expected) or "eval ok CLnnn" (a naive matcher would report
// it; no finding is expected).
package crypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rc4"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"io"
	mrand "math/rand"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/blowfish"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/hkdf"
	"golang.org/x/crypto/ssh"
)

// --- ciphers ---

func desEncrypt(key, data []byte) []byte {
	b, _ := des.NewCipher(key) // eval want CL301
	out := make([]byte, 8)
	b.Encrypt(out, data)
	return out
}

func tripleDESEncryptCBC(key, iv, data []byte) []byte {
	b, _ := des.NewTripleDESCipher(key) // eval want CL302
	out := make([]byte, len(data))
	m := cipher.NewCBCEncrypter(b, iv) // eval want CL310
	m.CryptBlocks(out, data)
	return out
}

func rc4Obfuscate(key, data []byte) []byte {
	c, _ := rc4.NewCipher(key) // eval want CL301
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func blowfishNew(key []byte) *blowfish.Cipher {
	c, _ := blowfish.NewCipher(key) // eval want CL302
	return c
}

func decrypt3DESLegacy(key, iv, data []byte) []byte {
	b, _ := des.NewTripleDESCipher(key) // eval ok CL302
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(b, iv).CryptBlocks(out, data)
	return out
}

func decryptRC4Legacy(key, data []byte) []byte {
	c, _ := rc4.NewCipher(key) // eval ok CL301
	c.XORKeyStream(data, data)
	return data
}

// --- modes ---

func aesECB(key, src []byte) []byte {
	b, _ := aes.NewCipher(key)
	dst := make([]byte, len(src))
	for bs, be := 0, aes.BlockSize; bs < len(src); bs, be = bs+aes.BlockSize, be+aes.BlockSize {
		b.Encrypt(dst[bs:be], src[bs:be]) // eval want CL308
	}
	return dst
}

func aesCFB(key, text []byte) []byte {
	b, _ := aes.NewCipher(key)
	ct := make([]byte, aes.BlockSize+len(text))
	iv := ct[:aes.BlockSize]
	io.ReadFull(rand.Reader, iv)
	cipher.NewCFBEncrypter(b, iv).XORKeyStream(ct[aes.BlockSize:], text) // eval want CL309
	return ct
}

func aesCFBDecrypt(key, ct []byte) []byte {
	b, _ := aes.NewCipher(key)
	iv := ct[:aes.BlockSize]
	ct = ct[aes.BlockSize:]
	cipher.NewCFBDecrypter(b, iv).XORKeyStream(ct, ct) // eval ok CL309
	return ct
}

func pkcs7(b []byte) []byte {
	n := aes.BlockSize - len(b)%aes.BlockSize
	return append(b, bytes.Repeat([]byte{byte(n)}, n)...)
}

func aesCBCNoMAC(key, plaintext []byte) string {
	plaintext = pkcs7(plaintext)
	b, _ := aes.NewCipher(key)
	ct := make([]byte, aes.BlockSize+len(plaintext))
	iv := ct[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		panic(err)
	}
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(ct[aes.BlockSize:], plaintext) // eval want CL310
	return base64.StdEncoding.EncodeToString(ct)
}

func aesCBCThenHMAC(encKey, macKey, plaintext []byte) []byte {
	plaintext = pkcs7(plaintext)
	b, _ := aes.NewCipher(encKey)
	ct := make([]byte, aes.BlockSize+len(plaintext))
	iv := ct[:aes.BlockSize]
	rand.Read(iv)
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(ct[aes.BlockSize:], plaintext) // eval ok CL310
	mac := hmac.New(sha256.New, macKey)
	mac.Write(ct)
	return mac.Sum(ct)
}

// --- IVs and nonces ---

func gcmStaticNonce(key, plaintext []byte) []byte {
	b, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(b)
	nonce := []byte("unique nonce")
	return gcm.Seal(nil, nonce, plaintext, nil) // eval want CL311
}

func gcmZeroNonce(key, plaintext []byte) []byte {
	b, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(b)
	nonce := make([]byte, gcm.NonceSize())
	return gcm.Seal(nonce, nonce, plaintext, nil) // eval want CL311
}

func gcmRandomNonce(key, plaintext []byte) ([]byte, error) {
	b, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(b)
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil // eval ok CL311
}

func gcmOpen(key, data []byte) ([]byte, error) {
	b, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(b)
	ns := gcm.NonceSize()
	if len(data) < ns {
		return nil, errors.New("short")
	}
	nonce, ct := data[:ns], data[ns:]
	return gcm.Open(nil, nonce, ct, nil) // eval ok CL311
}

func cbcFixedIV(key, plaintext []byte) []byte {
	b, _ := aes.NewCipher(key)
	iv := []byte("1234567890123456")
	out := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, plaintext) // eval want CL310 CL311
	return out
}

func cbcMathRandIV(key, plaintext []byte) []byte {
	b, _ := aes.NewCipher(key)
	iv := make([]byte, aes.BlockSize)
	mrand.Read(iv)
	out := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, plaintext) // eval want CL310 CL311
	return out
}

func nonceFromHelper(aead cipher.AEAD, plaintext []byte) []byte {
	return aead.Seal(nil, weakNonce(), plaintext, nil)
}

func weakNonce() []byte {
	b := make([]byte, 12)
	mrand.Read(b) // eval want CL312
	return b
}

// --- keys ---

func rsa1024() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 1024) // eval want CL314
}

func rsa4096() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, 4096) // eval ok CL314
}

func rsaBitsFromConfig(bits int) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bits) // eval ok CL314
}

func p224Key() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P224(), rand.Reader) // eval want CL315
}

// --- legacy APIs ---

func pkcs1Encrypt(pub *rsa.PublicKey, msg []byte) ([]byte, error) {
	return rsa.EncryptPKCS1v15(rand.Reader, pub, msg) // eval want CL320
}

func oaepEncrypt(pub *rsa.PublicKey, msg []byte) ([]byte, error) {
	return rsa.EncryptOAEP(sha256.New(), rand.Reader, pub, msg, nil) // eval ok CL320
}

func readEncryptedKey(path string, pass []byte) ([]byte, error) {
	raw, _ := os.ReadFile(path)
	block, _ := pem.Decode(raw)
	return x509.DecryptPEMBlock(block, pass) // eval want CL321
}

func sshInsecure() *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: ssh.InsecureIgnoreHostKey()} // eval want CL322
}

// --- hard-coded keys ---

var secretKey = []byte("my_secret_key_123")

func jwtHardcoded(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(secretKey) // eval want CL323
}

func jwtFromEnv(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("JWT_KEY"))) // eval ok CL323
}

func aesHardcoded(plaintext []byte) cipher.Block {
	b, _ := aes.NewCipher([]byte("thisis32bitlongpassphraseimusing")) // eval want CL323
	return b
}

func chachaFromFile(path string) (cipher.AEAD, error) {
	key, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return chacha20poly1305.New(key) // eval ok CL323
}

const webhookSigningKey = "whsec_5up3r5ecret"

func verifyWebhook(body, sig []byte) bool {
	m := hmac.New(sha256.New, []byte(webhookSigningKey)) // eval want CL323
	m.Write(body)
	return hmac.Equal(m.Sum(nil), sig)
}

func deriveFromStatic(salt []byte) io.Reader {
	return hkdf.New(sha256.New, []byte("master-secret-v1"), salt, nil) // eval want CL323
}

type Config struct{ Key string }

// The key travels through a struct field.
func keyFromStruct() cipher.Block {
	cfg := Config{Key: "0123456789abcdef"}
	b, _ := aes.NewCipher([]byte(cfg.Key)) // eval want CL323
	return b
}

// The nonce travels through a struct field.
type sealer struct {
	aead  cipher.AEAD
	nonce []byte
}

func newSealer(aead cipher.AEAD) *sealer {
	return &sealer{aead: aead, nonce: []byte("fixed-nonce!")}
}

func (s *sealer) seal(plaintext []byte) []byte {
	return s.aead.Seal(nil, s.nonce, plaintext, nil) // eval want CL311
}

func hmacLabel(seed []byte) []byte {
	m := hmac.New(sha256.New, []byte("Bitcoin seed")) // eval ok CL323
	m.Write(seed)
	return m.Sum(nil)
}
