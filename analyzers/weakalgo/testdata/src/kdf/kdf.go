package kdf

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"

	cpbkdf2 "crypto/pbkdf2"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

const lowCost = 8

func bcryptCosts(password []byte) {
	bcrypt.GenerateFromPassword(password, 6)                  // want `bcrypt\.GenerateFromPassword with cost 6 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
	bcrypt.GenerateFromPassword(password, lowCost)            // want `bcrypt\.GenerateFromPassword with cost 8 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
	bcrypt.GenerateFromPassword(password, bcrypt.MinCost)     // want `bcrypt\.GenerateFromPassword with cost 4 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
	bcrypt.GenerateFromPassword(password, bcrypt.DefaultCost) // ok: the minimum
	bcrypt.GenerateFromPassword(password, 12)                 // ok
	bcrypt.GenerateFromPassword(password, 0)                  // ok: below MinCost means DefaultCost
	cost := 9
	bcrypt.GenerateFromPassword(password, cost) // want `bcrypt\.GenerateFromPassword with cost 9 is below the minimum of 10: each step down halves the work of cracking the hashes; use bcrypt\.DefaultCost \(10\) or more \(CL307\)`
}

func bcryptFromConfig(password []byte, cost int) {
	bcrypt.GenerateFromPassword(password, cost) // ok: unknown
}

func pbkdf2Iterations(password, salt []byte) {
	pbkdf2.Key(password, salt, 4096, 32, sha1.New)             // want `pbkdf2\.Key with 4096 iterations of HMAC-SHA-1 is below the OWASP minimum of 1300000; use at least 1300000, or hash passwords with argon2\.IDKey \(CL307\)`
	pbkdf2.Key(password, salt, 100_000, 32, sha256.New)        // want `pbkdf2\.Key with 100000 iterations of HMAC-SHA-256 is below the OWASP minimum of 600000; use at least 600000, or hash passwords with argon2\.IDKey \(CL307\)`
	pbkdf2.Key(password, salt, 600_000, 32, sha256.New)        // ok
	pbkdf2.Key(password, salt, 210_000, 64, sha512.New)        // ok
	pbkdf2.Key(password, salt, 1_000_000, 32, sha1.New)        // want `pbkdf2\.Key with 1000000 iterations of HMAC-SHA-1 is below the OWASP minimum of 1300000; use at least 1300000, or hash passwords with argon2\.IDKey \(CL307\)`
	cpbkdf2.Key(sha256.New, string(password), salt, 10000, 32) // want `pbkdf2\.Key with 10000 iterations of HMAC-SHA-256 is below the OWASP minimum of 600000; use at least 600000, or hash passwords with argon2\.IDKey \(CL307\)`
	cpbkdf2.Key(sha512.New, string(password), salt, 250_000, 64)
	iter := 1000
	pbkdf2.Key(password, salt, iter, 32, sha512.New) // want `pbkdf2\.Key with 1000 iterations of HMAC-SHA-512 is below the OWASP minimum of 210000; use at least 210000, or hash passwords with argon2\.IDKey \(CL307\)`
}

func pbkdf2FromKey(masterKey, salt []byte) []byte {
	return pbkdf2.Key(masterKey, salt, 1, 32, sha256.New) // ok: a key, not a password
}

func scryptParams(password, salt []byte) {
	scrypt.Key(password, salt, 16384, 8, 1, 32) // want `scrypt\.Key with N=16384, r=8, p=1 is below the OWASP minimum of N=2\^17, r=8, p=1 \(or an equivalent such as N=2\^16 with p=2\); use N=131072, r=8 \(CL307\)`
	scrypt.Key(password, salt, 32768, 8, 1, 32) // want `scrypt\.Key with N=32768, r=8, p=1 is below the OWASP minimum of N=2\^17, r=8, p=1 \(or an equivalent such as N=2\^16 with p=2\); use N=131072, r=8 \(CL307\)`
	scrypt.Key(password, salt, 1<<17, 8, 1, 32) // ok
	scrypt.Key(password, salt, 1<<16, 8, 2, 32) // ok: OWASP equivalent
	scrypt.Key(password, salt, 1<<14, 8, 5, 32) // ok: OWASP equivalent
	scrypt.Key(password, salt, 1<<17, 4, 1, 32) // want `scrypt\.Key with N=131072, r=4, p=1 is below the OWASP minimum of N=2\^17, r=8, p=1 \(or an equivalent such as N=2\^16 with p=2\); use N=131072, r=8 \(CL307\)`
}

func argon2Params(password, salt []byte) {
	argon2.IDKey(password, salt, 1, 64*1024, 4, 32) // ok: 64 MiB, one pass (the x/crypto example)
	argon2.IDKey(password, salt, 2, 19*1024, 1, 32) // ok: OWASP minimum
	argon2.IDKey(password, salt, 1, 16*1024, 1, 32) // want `argon2\.IDKey with time=1 and memory=16384 KiB is below the OWASP minimum \(19456 KiB with time=2, or 47104 KiB with time=1\); raise memory or passes \(CL307\)`
	argon2.IDKey(password, salt, 1, 32*1024, 1, 32) // want `argon2\.IDKey with time=1 and memory=32768 KiB is below the OWASP minimum \(19456 KiB with time=2, or 47104 KiB with time=1\); raise memory or passes \(CL307\)`
	argon2.IDKey(password, salt, 3, 12*1024, 1, 32) // ok: OWASP equivalent
	argon2.Key(password, salt, 3, 32*1024, 4, 32)   // want `argon2\.Key computes Argon2i, which resists GPU cracking less than Argon2id; hash passwords with argon2\.IDKey \(CL307\)`
}

func argon2iForKeys(secretKey, salt []byte) []byte {
	return argon2.Key(secretKey, salt, 1, 64*1024, 4, 32) // ok: key material
}
