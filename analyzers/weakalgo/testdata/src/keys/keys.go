package keys

import (
	"crypto/dsa"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"math/big"
)

const smallBits = 1024

func rsaKeys() {
	rsa.GenerateKey(rand.Reader, 1024)              // want `rsa\.GenerateKey with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
	rsa.GenerateKey(rand.Reader, smallBits)         // want `rsa\.GenerateKey with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
	rsa.GenerateMultiPrimeKey(rand.Reader, 3, 1536) // want `rsa\.GenerateMultiPrimeKey with 1536 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
	rsa.GenerateKey(rand.Reader, 2048)              // ok
	bits := 512
	rsa.GenerateKey(rand.Reader, bits) // want `rsa\.GenerateKey with 512 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func rsaFromFlag(bits int) {
	rsa.GenerateKey(rand.Reader, bits) // ok: unknown
}

func dsaKey() {
	var priv dsa.PrivateKey
	dsa.GenerateParameters(&priv.Parameters, rand.Reader, dsa.L2048N256)
	dsa.GenerateKey(&priv, rand.Reader)            // want `dsa\.GenerateKey uses DSA, deprecated and limited to SHA-1-era key sizes; use Ed25519 \(crypto/ed25519\) or ECDSA with P-256 \(CL315\)`
	dsa.Sign(rand.Reader, &priv, []byte("digest")) // want `dsa\.Sign uses DSA, deprecated and limited to SHA-1-era key sizes; use Ed25519 \(crypto/ed25519\) or ECDSA with P-256 \(CL315\)`
}

func dsaVerify(pub *dsa.PublicKey, digest []byte, r, s *big.Int) bool {
	return dsa.Verify(pub, digest, r, s) // ok: verification
}

func p224() {
	ecdsa.GenerateKey(elliptic.P224(), rand.Reader) // want `ecdsa\.GenerateKey with elliptic\.P224 gives only 112-bit security, and TLS and crypto/ecdh do not support it; use elliptic\.P256 or Ed25519 \(CL315\)`
	curve := elliptic.P224()
	ecdsa.GenerateKey(curve, rand.Reader)           // want `ecdsa\.GenerateKey with elliptic\.P224 gives only 112-bit security, and TLS and crypto/ecdh do not support it; use elliptic\.P256 or Ed25519 \(CL315\)`
	ecdsa.GenerateKey(elliptic.P256(), rand.Reader) // ok
}
