package nonce

import (
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	mrand "math/rand"

	"peers/nonce/noncehelp"
)

var packageNonce = []byte("package-nonc")

func fromPackageVar(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, packageNonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal \(packageNonce\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func invokedLiteral(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, func() []byte { return []byte("invoked-nonc") }(), m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal, returned by a function literal: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func copiedConstant(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	copy(nonce, "copied-nonce")
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled from crypto/rand: only constant bytes are stored in it \(nonce\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func mathRandNonce(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	mrand.Read(nonce)                    // strict want `math/rand\.Read is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is filled by math/rand, which is predictable: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func derivedFromConstant(block cipher.Block, dst, src []byte) {
	sum := sha256.Sum256([]byte("iv-seed"))
	cipher.NewCTR(block, sum[:16]).XORKeyStream(dst, src) // want `IV of cipher\.NewCTR is derived from a string literal \(sum\): an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts; fill a fresh IV from crypto/rand for every message \(CL311\)`
}

type box struct {
	aead  cipher.AEAD
	nonce []byte
}

func newBox(a cipher.AEAD) *box { return &box{aead: a, nonce: []byte("struct-nonce")} }

func (b *box) seal(m []byte) []byte {
	return b.aead.Seal(nil, b.nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal \(field nonce\): a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func chunks(aead cipher.AEAD, nonce []byte, parts [][]byte, out [][]byte) [][]byte {
	if len(parts) == 0 {
		return out
	}
	return chunks(aead, nonce, parts[1:], append(out, aead.Seal(nil, nonce, parts[0], nil)))
}

func recursive(aead cipher.AEAD, parts [][]byte) [][]byte {
	return chunks(aead, []byte("recursive-no"), parts, nil) // want `nonce of cipher\.AEAD\.Seal \(reached through chunks\) is a string literal: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func sealGeneric[T ~[]byte](aead cipher.AEAD, n T, m []byte) []byte {
	return aead.Seal(nil, []byte(n), m, nil)
}

func generic(aead cipher.AEAD, m []byte) []byte {
	return sealGeneric(aead, []byte("generic-nonc"), m) // want `nonce of cipher\.AEAD\.Seal \(reached through sealGeneric\) is a string literal: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

func funcValueHelper(aead cipher.AEAD, m []byte) []byte {
	f := seal
	return f(aead, []byte("funcval-nonc"), m) // want `nonce of cipher\.AEAD\.Seal \(reached through seal\) is a string literal: a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages; fill a fresh nonce from crypto/rand for every message, or use cipher\.NewGCMWithRandomNonce \(CL311\)`
}

// Not findings by our policy: decryption with a fixed nonce (gosec
// reports Open too; a fixed nonce there only mirrors the encrypting side,
// which is where it is reported).

func openFixed(aead cipher.AEAD, ct []byte) ([]byte, error) {
	return aead.Open(nil, []byte("ILoveMyNonce"), ct, nil) // ok: decryption
}

// Not findings next to the gaps above: a function literal that fills the
// nonce from crypto/rand, a function value replaced before its call, an
// IV derived through a hash from the caller's bytes, a nonce zeroed only
// after its use, bytes copied from the caller, and a helper of another
// package that writes a random prefix and a counter.

func invokedRandom(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, func() []byte { // ok: the literal fills it from crypto/rand
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			panic(err)
		}
		return b
	}(), m, nil)
}

func sealFresh(aead cipher.AEAD, _, m []byte) []byte {
	n := make([]byte, aead.NonceSize())
	if _, err := rand.Read(n); err != nil {
		panic(err)
	}
	return aead.Seal(n, n, m, nil)
}

func funcValueReplaced(aead cipher.AEAD, m []byte) []byte {
	f := seal
	f = sealFresh
	return f(aead, []byte("ignored-nonc"), m) // ok: f is sealFresh when called, which draws its own nonce
}

func derivedFromSalt(block cipher.Block, salt, dst, src []byte) {
	sum := sha256.Sum256(salt)
	cipher.NewCTR(block, sum[:16]).XORKeyStream(dst, src) // ok: derived from the caller's salt
}

func zeroedAfterUse(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	if _, err := rand.Read(nonce); err != nil {
		panic(err)
	}
	out := aead.Seal(nil, nonce, m, nil) // ok: filled before the use, zeroed after it
	clear(nonce)
	return out
}

func copiedFromCaller(aead cipher.AEAD, seed, m []byte) []byte {
	nonce := make([]byte, 12)
	for i := range nonce {
		nonce[i] = seed[i]
	}
	return aead.Seal(nil, nonce, m, nil) // ok: the caller's bytes, not constants
}

func otherPackagePrefix(aead cipher.AEAD, m []byte, seq uint64) []byte {
	nonce := make([]byte, 12)
	noncehelp.Prefixed(nonce, seq)
	return aead.Seal(nil, nonce, m, nil) // ok: a random prefix and a counter
}
