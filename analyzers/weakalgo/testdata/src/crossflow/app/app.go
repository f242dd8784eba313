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
