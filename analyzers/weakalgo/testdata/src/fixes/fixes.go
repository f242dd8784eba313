package fixes

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"

	bc "golang.org/x/crypto/bcrypt"
)

const weakCost = 6

func hash(password []byte) {
	bc.GenerateFromPassword(password, 8)        // want `bcrypt\.GenerateFromPassword with cost 8 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
	bc.GenerateFromPassword(password, weakCost) // want `bcrypt\.GenerateFromPassword with cost 6 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
	cost := 5
	bc.GenerateFromPassword(password, cost) // want `bcrypt\.GenerateFromPassword with cost 5 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
}

func key() {
	rsa.GenerateKey(rand.Reader, 1024) // want `rsa\.GenerateKey with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func config() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS10} // want `tls\.Config MinVersion TLS 1\.0 allows versions below TLS 1\.2, deprecated by RFC 8996; set MinVersion to tls\.VersionTLS12 \(CL316\)`
}
