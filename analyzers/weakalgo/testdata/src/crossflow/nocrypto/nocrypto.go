// Package nocrypto imports no crypto package at all: only the wrapper's
// facts make it concerned.
package nocrypto

import "crossflow/sealer"

func keyed() error {
	_, err := sealer.NewKey(512) // want `rsa\.GenerateKey \(reached through sealer\.NewKey\) with 512 bits .* \(CL314\)`
	return err
}

func cipherKey() error {
	_, err := sealer.NewCipher([]byte("0123456789abcdef")) // want `key of aes\.NewCipher \(reached through sealer\.NewCipher\) is a string literal: .* \(CL323\)`
	return err
}
