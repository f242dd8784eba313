// Stub of golang.org/x/crypto/blake2b v0.54.0: only what weakalgo matches.
package blake2b

import "hash"

func Sum256(data []byte) [32]byte { return [32]byte{} }

func New256(key []byte) (hash.Hash, error) { return nil, nil }
