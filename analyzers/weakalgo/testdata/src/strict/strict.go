package strict

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"io"
	"math/rand"
	"os"
	"time"
)

// Under -weakalgo.strict every use is reported, whatever its role.

func checksum(f *os.File) []byte {
	h := md5.New() // want `md5\.New uses MD5, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
	io.Copy(h, f)
	return h.Sum(nil)
}

func gitID(b []byte) [20]byte {
	return sha1.Sum(b) // want `sha1\.Sum uses SHA-1, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
}

func mac(key, msg []byte) []byte {
	return hmac.New(sha1.New, key).Sum(msg) // want `sha1\.New, taken as a function value, uses SHA-1, which strict policy forbids in any role; use SHA-256 \(crypto/sha256\) \(CL305\)`
}

func jitter() time.Duration {
	return time.Duration(rand.Intn(1000)) * time.Millisecond // want `math/rand\.Intn is not a cryptographic random source, which strict policy forbids in any role; use crypto/rand \(CL313\)`
}

// A finding of the default policy keeps its own rule.

func tokenHash(token string) [16]byte {
	return md5.Sum([]byte(token)) // want `md5\.Sum hashes sensitive input token: MD5 is broken \(practical collisions\) and must not protect secrets; use SHA-256 \(crypto/sha256\), or HMAC-SHA-256 for keyed digests \(CL303\)`
}

func sessionToken() int64 {
	sessionToken := rand.Int63() // want `math/rand\.Int63 output becomes variable sessionToken \(a session token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return sessionToken
}
