// Package app calls the wrappers of package sealer without importing a
// crypto package itself, apart from the AEAD type.
package app

import (
	"crypto/cipher"
	"os"

	"crossflow/sealer"
)

func sealFixed(aead cipher.AEAD, m []byte) []byte {
	return sealer.Seal(aead, []byte("fixed-nonce!"), m) // want `nonce of cipher\.AEAD\.Seal \(reached through sealer\.Seal\) is a string literal: .* \(CL311\)`
}

func signFixed(m []byte) []byte {
	return sealer.Sign([]byte("app-signing-key"), m) // want `key of hmac\.New \(reached through sealer\.Sign\) is a string literal: .* \(CL323\)`
}

func smallKey() error {
	_, err := sealer.NewKey(1024) // want `rsa\.GenerateKey \(reached through sealer\.NewKey\) with 1024 bits is below the 2048-bit minimum; .* \(CL314\)`
	return err
}

func constantIV(aead cipher.AEAD, m []byte) []byte {
	return aead.Seal(nil, sealer.DefaultIV()[:12], m, nil) // want `nonce of cipher\.AEAD\.Seal is a string literal, returned by DefaultIV: .* \(CL311\)`
}

// Not findings.

func sealFresh(aead cipher.AEAD, m []byte) ([]byte, error) {
	return sealer.SealRandom(aead, m)
}

func signEnv(m []byte) []byte {
	return sealer.Sign([]byte(os.Getenv("APP_KEY")), m)
}

func bigKey() error {
	_, err := sealer.NewKey(4096)
	return err
}

// Buffer effects of another package's functions.

func patterned(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	sealer.Pattern(nonce)
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is written with constants by sealer\.Pattern \(nonce\): .* \(CL311\)`
}

func wiped(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	sealer.Wipe(nonce)
	return aead.Seal(nil, nonce, m, nil) // want `nonce of cipher\.AEAD\.Seal is never filled \(all zero\): .* \(CL311\)`
}

func filledCTR(block cipher.Block, dst, src []byte) {
	iv := make([]byte, 16)
	if err := sealer.Fill(iv); err != nil {
		panic(err)
	}
	cipher.NewCTR(block, iv).XORKeyStream(dst, src) // want `cipher\.NewCTR encrypts without authentication: no hmac\.New or AEAD in filledCTR, .* \(CL310\)`
}

// Not findings: filled by the helper before the use (and wiped after it),
// or filled on some paths by a helper that says nothing.

func filledThenWiped(aead cipher.AEAD, m []byte) []byte {
	nonce := make([]byte, 12)
	if err := sealer.Fill(nonce); err != nil {
		panic(err)
	}
	out := aead.Seal(nil, nonce, m, nil)
	sealer.Wipe(nonce)
	return out
}

func maybeFilled(aead cipher.AEAD, m []byte, on bool) []byte {
	nonce := make([]byte, 12)
	sealer.MaybeFill(nonce, on)
	return aead.Seal(nil, nonce, m, nil)
}
