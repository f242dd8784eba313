// Package nonceflow holds IVs, nonces, keys and key sizes that cross a
// function boundary, and fills that do not fill.
package nonceflow

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"os"
)

// A constant passed through a parameter.

func encrypt(aead cipher.AEAD, nonce, plaintext []byte) []byte {
	return aead.Seal(nil, nonce, plaintext, nil)
}

func callerConstant(aead cipher.AEAD, msg []byte) []byte {
	nonce := []byte("ILoveMyNonceAlot")
	return encrypt(aead, nonce, msg) // want `nonce of cipher\.AEAD\.Seal \(reached through encrypt\) is a string literal \(nonce\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

// Two levels of helpers, the second one a method.

type box struct{ aead cipher.AEAD }

func (b *box) sealWith(n, m []byte) []byte { return b.aead.Seal(nil, n[:12], m, nil) }

func (b *box) wrap(n, m []byte) []byte { return b.sealWith(n, m) }

func twoLevels(b *box, m []byte) []byte {
	return b.wrap(make([]byte, 12), m) // want `nonce of cipher\.AEAD\.Seal \(reached through wrap\) is never filled \(all zero\): .* \(CL311\)`
}

// A nonce returned by a helper, a closure, or a named result.

func fixedNonce() []byte { return []byte("0123456789ab") }

func fromHelper(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, fixedNonce(), m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal, returned by fixedNonce: .* \(CL311\)`
}

func fromClosure(aead cipher.AEAD, m []byte) []byte {
	nonce := func() []byte { return make([]byte, aead.NonceSize()) }
	return aead.Seal(nil, nonce(), m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\), returned by nonce: .* \(CL311\)`
}

func namedNonce() (n []byte) {
	n = []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	return
}

func fromNamedResult(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, namedNonce(), m, nil) // want `nonce of cipher\.AEAD\.Seal is a byte literal \(n\), returned by namedNonce: .* \(CL311\)`
}

// Through a pointer.

func throughPointer(block cipher.Block, dst, src []byte) {
	iv := []byte("fedcba9876543210")
	p := &iv
	cipher.NewCTR(block, *p).XORKeyStream(dst, src) // want `IV of cipher\.NewCTR is a string literal \(iv\): an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)`
}

// Through a function value.

func throughFuncValue(block cipher.Block, dst, src []byte) {
	newCTR := cipher.NewCTR
	iv := make([]byte, aes.BlockSize)
	newCTR(block, iv).XORKeyStream(dst, src) // want `IV of cipher\.NewCTR is never filled \(all zero\): .* \(CL311\)`
}

// Recursion with a constant argument.

func chunked(aead cipher.AEAD, nonce, m []byte, out [][]byte) [][]byte {
	if len(m) > 1024 {
		out = chunked(aead, nonce, m[1024:], out)
		m = m[:1024]
	}
	return append(out, aead.Seal(nil, nonce, m, nil))
}

func recursive(aead cipher.AEAD, m []byte) [][]byte {
	return chunked(aead, []byte("static-nonce"), m, nil) // want `nonce of cipher\.AEAD\.Seal \(reached through chunked\) is a string literal: .* \(CL311\)`
}

// Fills that do not fill.

func constantStore(block cipher.Block, dst, src []byte) {
	iv := make([]byte, 16)
	iv[15] = 1
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src) // want `IV of cipher\.NewCBCEncrypter is never filled from crypto/rand: only constant bytes are stored in it \(iv\): a predictable CBC IV .* \(CL311\)` `CL310`
}

func halfFilled(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	rand.Read(nonce[:8])
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is only partly filled by crypto/rand \(the other bytes stay zero\): .* \(CL311\)`
}

func fillAfterUse(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	out := aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is all zero where it is used \(crypto/rand fills it only after the use\): .* \(CL311\)`
	rand.Read(nonce)
	return out
}

func fillOneBranch(aead cipher.AEAD, m []byte, fresh bool) []byte {
	nonce := make([]byte, 12)
	if fresh {
		io.ReadFull(rand.Reader, nonce)
	}
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is all zero on some paths \(crypto/rand fills it only on some branches before the use\): .* \(CL311\)`
}

func fillInLoopAfterUse(aead cipher.AEAD, msgs [][]byte) {
	nonce := make([]byte, 12)
	for _, m := range msgs {
		_ = aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is all zero where it is used .* \(CL311\)`
		rand.Read(nonce)
	}
}

func fillConstant(b []byte) { copy(b, "not-random!!") }

func fakeFill(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	fillConstant(nonce)
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled from crypto/rand: only constant bytes are stored in it \(nonce\): .* \(CL311\)`
}

// Keys and key sizes through helpers.

func newKey(bits int) (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bits)
}

func smallKey() (*rsa.PrivateKey, error) {
	return newKey(1024) // want `rsa\.GenerateKey \(reached through newKey\) with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func mac(key, data []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(data)
	return m.Sum(nil)
}

func signWebhook(body []byte) []byte {
	return mac([]byte("whsec_0123456789"), body) // want `key of hmac\.New \(reached through mac\) is a string literal: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
}

// Not findings.

func fillRandom(b []byte) error {
	_, err := io.ReadFull(rand.Reader, b)
	return err
}

func helperFillsInFull(aead cipher.AEAD, m []byte) ([]byte, error) {
	nonce := make([]byte, aead.NonceSize())
	if err := fillRandom(nonce); err != nil {
		return nil, err
	}
	return encrypt(aead, nonce, m), nil
}

func fillEveryBranch(aead cipher.AEAD, m []byte, useReader bool) []byte {
	nonce := make([]byte, 12)
	if useReader {
		io.ReadFull(rand.Reader, nonce)
	} else {
		rand.Read(nonce)
	}
	return aead.Seal(nil, nonce, m, nil)
}

func fillOrFail(aead cipher.AEAD, m []byte) ([]byte, error) {
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nil, nonce, m, nil), nil
}

func fillOrReturn(aead cipher.AEAD, m []byte, ok bool) []byte {
	nonce := make([]byte, 12)
	if ok {
		rand.Read(nonce)
	} else {
		return nil
	}
	return aead.Seal(nil, nonce, m, nil)
}

func fillEachInLoop(aead cipher.AEAD, msgs [][]byte) {
	nonce := make([]byte, 12)
	for _, m := range msgs {
		rand.Read(nonce)
		_ = aead.Seal(nil, nonce, m, nil)
	}
}

func randomPrefixCounter(aead cipher.AEAD, m []byte, seq byte) []byte {
	nonce := make([]byte, 12)
	rand.Read(nonce[:11])
	nonce[11] = seq
	return aead.Seal(nil, nonce, m, nil)
}

func fullSliceFill(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	rand.Read(nonce[:12])
	return aead.Seal(nil, nonce, m, nil)
}

func ownNonce(aead cipher.AEAD, nonce, m []byte) []byte {
	rand.Read(nonce)
	return aead.Seal(nil, nonce, m, nil)
}

func helperFillsItsParameter(aead cipher.AEAD, m []byte) []byte {
	return ownNonce(aead, make([]byte, 12), m)
}

func keyFromEnv(data []byte) []byte {
	return mac([]byte(os.Getenv("WEBHOOK_KEY")), data)
}

func bigKey() (*rsa.PrivateKey, error) {
	return newKey(3072)
}

func randomNonce() []byte {
	b := make([]byte, 12)
	rand.Read(b)
	return b
}

func fromRandomHelper(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, randomNonce(), m, nil)
}

func decryptStream(block cipher.Block, iv, data []byte) {
	cipher.NewCTR(block, iv).XORKeyStream(data, data)
}

func decryptLegacy(block cipher.Block, data []byte) {
	decryptStream(block, []byte("0000000000000000"), data) // decryption: the IV comes with the data
}

// A weak size on one branch.

type keyConfig struct{ Bits int }

func compatKey(cfg keyConfig, compat bool) (*rsa.PrivateKey, error) {
	bits := cfg.Bits
	if compat {
		bits = 1024
	}
	return rsa.GenerateKey(rand.Reader, bits) // want `rsa\.GenerateKey with 1024 bits on some paths \(assigned on line \d+\) is below the 2048-bit minimum; .* \(CL314\)`
}

func compatKeyHelper(cfg keyConfig, compat bool) (*rsa.PrivateKey, error) {
	bits := 4096
	if compat {
		bits = 1536
	}
	return newKey(bits) // want `rsa\.GenerateKey \(reached through newKey\) with 1536 bits on some paths \(assigned on line \d+\) is below .* \(CL314\)`
}

// Not findings: a weak default overwritten on every path, strong values on
// every branch.

func overwritten(cfg keyConfig) (*rsa.PrivateKey, error) {
	bits := 1024
	bits = cfg.Bits
	return rsa.GenerateKey(rand.Reader, bits)
}

func strongBranches(large bool) (*rsa.PrivateKey, error) {
	bits := 2048
	if large {
		bits = 4096
	}
	return rsa.GenerateKey(rand.Reader, bits)
}

func weakDefaultReplaced(cfg keyConfig) (*rsa.PrivateKey, error) {
	var bits int
	if cfg.Bits > 0 {
		bits = cfg.Bits
	} else {
		bits = 3072
	}
	return rsa.GenerateKey(rand.Reader, bits)
}

// Keys and nonces kept in struct fields.

type signer struct{ key []byte }

func newSigner(key []byte) *signer { return &signer{key: key} }

var defaultSigner = newSigner([]byte("default-signing-key"))

func (s *signer) sign(m []byte) []byte {
	h := hmac.New(sha256.New, s.key) // want `key of hmac\.New is a string literal, passed to newSigner \(field key\): .* \(CL323\)`
	h.Write(m)
	return h.Sum(nil)
}

type sealer struct {
	aead  cipher.AEAD
	nonce []byte
}

func newSealer(aead cipher.AEAD) *sealer {
	return &sealer{aead: aead, nonce: []byte("fixed-nonce!")}
}

func (s *sealer) seal(m []byte) []byte {
	return s.aead.Seal(nil, s.nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal \(field nonce\): .* \(CL311\)`
}

type Config struct{ Key string }

func localConfig() cipher.Block {
	cfg := Config{Key: "0123456789abcdef"}
	b, _ := aes.NewCipher([]byte(cfg.Key)) // want `key of aes\.NewCipher is a string literal \(cfg\.Key\): .* \(CL323\)`
	return b
}

// Not findings: fields loaded at run time or filled by crypto/rand.

type envSigner struct{ key []byte }

func newEnvSigner(key []byte) *envSigner { return &envSigner{key: key} }

var envDefault = newEnvSigner([]byte(os.Getenv("SIGNING_KEY")))

func (s *envSigner) sign(m []byte) []byte {
	return hmac.New(sha256.New, s.key).Sum(m)
}

type freshSealer struct {
	aead  cipher.AEAD
	nonce []byte
}

func newFreshSealer(aead cipher.AEAD) *freshSealer {
	s := &freshSealer{aead: aead, nonce: make([]byte, 12)}
	rand.Read(s.nonce)
	return s
}

func (s *freshSealer) seal(m []byte) []byte {
	return s.aead.Seal(nil, s.nonce, m, nil)
}

func envConfig() cipher.Block {
	cfg := Config{Key: os.Getenv("AES_KEY")}
	b, _ := aes.NewCipher([]byte(cfg.Key))
	return b
}

func configFromCaller(cfg Config) cipher.Block {
	b, _ := aes.NewCipher([]byte(cfg.Key))
	return b
}

// Buffers copied into each other: the origin questions must end.
func pingPong(a, b []byte, n int) {
	for i := 0; i < n; i++ {
		copy(a, b)
		copy(b, a)
	}
}

func pingPongLocal(aead cipher.AEAD, m []byte) []byte {
	x := make([]byte, 12)
	y := make([]byte, 12)
	copy(x, y)
	copy(y, x)
	return aead.Seal(nil, x, m, nil)
}

func randomPrefixBinaryCounter(block cipher.Block, seq uint32, dst, src []byte) {
	iv := make([]byte, aes.BlockSize)
	rand.Read(iv[:12])
	binary.BigEndian.PutUint32(iv[12:], seq)
	cipher.NewCTR(block, iv).XORKeyStream(dst, src)
}

// Function literals called where they are written, method values, and
// key sizes a helper returns for a constant argument.

func invokedParam(aead cipher.AEAD, m []byte) []byte {
	return func(n []byte) []byte {
		return aead.Seal(nil, n, m, nil)
	}([]byte("invoked-para")) // want `nonce of cipher\.AEAD\.Seal \(reached through a function literal\) is a string literal: .* \(CL311\)`
}

func (b *box) sealNonce(n, m []byte) []byte { return b.aead.Seal(nil, n, m, nil) }

func methodValue(b *box, m []byte) []byte {
	f := b.sealNonce
	return f([]byte("method-value"), m) // want `nonce of cipher\.AEAD\.Seal \(reached through sealNonce\) is a string literal: .* \(CL311\)`
}

func bitsFor(profile string) int {
	switch profile {
	case "legacy":
		return 1024
	case "strong":
		return 4096
	default:
		return 3072
	}
}

func legacyProfile() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bitsFor("legacy")) // want `rsa\.GenerateKey with 1024 bits is below the 2048-bit minimum; .* \(CL314\)`
}

func profileFromEnv() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bitsFor(os.Getenv("PROFILE")))
}

func strongProfile() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bitsFor("strong"))
}

// A helper with a named result that a deferred function may change is not
// a constant.
func bitsDeferred() (bits int) {
	defer func() { bits = 4096 }()
	return 1024
}

func deferredBits() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, bitsDeferred())
}
