package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
)

// Values that cross a call: a service's encrypt helper, its callers, and
// helpers that fill or size things.

func gcmSeal(key, nonce, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, plaintext, nil), nil
}

func sealSessionBlob(key, blob []byte) ([]byte, error) {
	nonce := []byte("ILoveMyNonceAlot")[:12]
	return gcmSeal(key, nonce, blob) // eval want CL311
}

func sealRecord(key, record []byte) ([]byte, error) {
	nonce := make([]byte, 12)
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcmSeal(key, nonce, record) // eval ok CL311
}

func defaultIV() []byte { return []byte("abcdefghijklmnop") }

func encryptCTR(key, data []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	cipher.NewCTR(block, defaultIV()).XORKeyStream(out, data) // eval want CL311
	return out, nil
}

func encryptCTRPartial(key, data []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	rand.Read(iv[:8])
	out := make([]byte, len(data))
	cipher.NewCTR(block, iv).XORKeyStream(out, data) // eval want CL311
	return out, nil
}

func encryptCTROptionalIV(key, data []byte, randomIV bool) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	if randomIV {
		rand.Read(iv)
	}
	out := make([]byte, len(data))
	cipher.NewCTR(block, iv).XORKeyStream(out, data) // eval want CL311
	return out, nil
}

func encryptCTRFresh(key, data []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, aes.BlockSize+len(data))
	iv := out[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	cipher.NewCTR(block, iv).XORKeyStream(out[aes.BlockSize:], data) // eval ok CL311
	mac := hmac.New(sha256.New, key)
	mac.Write(out)
	return mac.Sum(out), nil
}

func generateServiceKey(bits int) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bits)
}

func legacyServiceKey() (*rsa.PrivateKey, error) {
	return generateServiceKey(1024) // eval want CL314
}

func currentServiceKey() (*rsa.PrivateKey, error) {
	return generateServiceKey(4096) // eval ok CL314
}

func signPayload(secret, payload []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(payload)
	return hex.EncodeToString(m.Sum(nil))
}

func signCallback(payload []byte) string {
	return signPayload([]byte("cb-secret-2019"), payload) // eval want CL323
}

func signCallbackEnv(payload []byte) string {
	return signPayload([]byte(os.Getenv("CALLBACK_SECRET")), payload) // eval ok CL323
}

type KeyOptions struct {
	Bits          int
	LegacyDevices bool
}

func deviceKey(opts KeyOptions) (*rsa.PrivateKey, error) {
	bits := opts.Bits
	if opts.LegacyDevices {
		bits = 1024
	}
	return rsa.GenerateKey(rand.Reader, bits) // eval want CL314
}

func deviceKeyDefault(opts KeyOptions) (*rsa.PrivateKey, error) {
	bits := 3072
	if opts.Bits > bits {
		bits = opts.Bits
	}
	return rsa.GenerateKey(rand.Reader, bits) // eval ok CL314
}

func encryptBlobV1(block cipher.Block, blob []byte) []byte {
	iv := make([]byte, aes.BlockSize)
	iv[aes.BlockSize-1] = 1 // a "versioned" IV
	out := make([]byte, len(blob))
	cipher.NewCTR(block, iv).XORKeyStream(out, blob) // eval want CL311
	return out
}

func fillNonceStub(b []byte) { copy(b, "nonce-nonce!") }

func sealWithStubNonce(aead cipher.AEAD, msg []byte) []byte {
	nonce := make([]byte, aead.NonceSize())
	fillNonceStub(nonce)
	return aead.Seal(nil, nonce, msg, nil) // eval want CL311
}

func fillNonceRandom(b []byte) error {
	_, err := io.ReadFull(rand.Reader, b)
	return err
}

func sealWithRandomNonce(aead cipher.AEAD, msg []byte) ([]byte, error) {
	nonce := make([]byte, aead.NonceSize())
	if err := fillNonceRandom(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, msg, nil), nil // eval ok CL311
}

func sealBatch(aead cipher.AEAD, msgs [][]byte) [][]byte {
	nonce := make([]byte, aead.NonceSize())
	var out [][]byte
	for _, m := range msgs {
		out = append(out, aead.Seal(nil, nonce, m, nil)) // eval want CL311
		rand.Read(nonce)
	}
	return out
}

func sealBatchFresh(aead cipher.AEAD, msgs [][]byte) [][]byte {
	nonce := make([]byte, aead.NonceSize())
	var out [][]byte
	for _, m := range msgs {
		rand.Read(nonce)
		out = append(out, aead.Seal(nil, nonce, m, nil)) // eval ok CL311
	}
	return out
}
