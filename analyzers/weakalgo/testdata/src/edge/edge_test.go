package edge

import "crypto/des"

func legacyInTest(key []byte) {
	des.NewCipher(key) // reported only with -weakalgo.tests
}
