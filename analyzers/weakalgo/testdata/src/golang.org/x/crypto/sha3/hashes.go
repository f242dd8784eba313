// Stub of golang.org/x/crypto/sha3 v0.54.0: only what weakalgo matches.
package sha3

import "hash"

func New256() hash.Hash { return nil }

func Sum256(data []byte) [32]byte { return [32]byte{} }
