package keys

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	mrand "math/rand"
	"os"
)

type settings struct {
	MACKey string
	Bits   int
}

var defaults = settings{MACKey: "settings-mac-key", Bits: 2048}

func macFromSettings(msg []byte) []byte {
	m := hmac.New(sha256.New, []byte(defaults.MACKey)) // want `key of hmac\.New is a string literal \(defaults\.MACKey\): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment \(CL323\)`
	m.Write(msg)
	return m.Sum(nil)
}

func bitsFromStruct() (*rsa.PrivateKey, error) {
	o := settings{Bits: 1024}
	return rsa.GenerateKey(rand.Reader, o.Bits) // want `rsa\.GenerateKey with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

func curveVariable() (*ecdsa.PrivateKey, error) {
	curve := elliptic.P224()
	return ecdsa.GenerateKey(curve, rand.Reader) // want `ecdsa\.GenerateKey with elliptic\.P224 gives only 112-bit security, and TLS and crypto/ecdh do not support it; use elliptic\.P256 or Ed25519 \(CL315\)`
}

func predictableECDSA() (*ecdsa.PrivateKey, error) {
	return ecdsa.GenerateKey(elliptic.P256(), mrand.New(mrand.NewSource(1))) // want `ecdsa\.GenerateKey reads its randomness from a math/rand generator, so the key can be predicted: math/rand is predictable; use crypto/rand\.Reader \(CL312\)`
}

func bitsFromNamedConst() (*rsa.PrivateKey, error) {
	const legacy = 1024
	return newKey(legacy) // want `rsa\.GenerateKey \(reached through newKey\) with 1024 bits is below the 2048-bit minimum; use at least 2048 \(3072 for use beyond 2030\) \(CL314\)`
}

// Not findings: a settings value read at run time.

func macFromArg(s settings, msg []byte) []byte {
	m := hmac.New(sha256.New, []byte(s.MACKey)) // ok: the caller's settings
	m.Write(msg)
	return m.Sum(nil)
}

func bitsFromDefaults() (*rsa.PrivateKey, error) {
	return rsa.GenerateKey(rand.Reader, defaults.Bits) // ok: 2048 bits
}

func bitsRewritten() (*rsa.PrivateKey, error) {
	o := settings{Bits: 1024}
	o.Bits = 4096
	return rsa.GenerateKey(rand.Reader, o.Bits) // ok: the field is rewritten before the use
}

func (s *settings) upgrade() { s.Bits = 4096 }

func bitsUpgraded() (*rsa.PrivateKey, error) {
	o := settings{Bits: 1024}
	o.upgrade()
	return rsa.GenerateKey(rand.Reader, o.Bits) // ok: a pointer method may rewrite the field
}

var runtimeSettings = settings{MACKey: "replaced-in-init"}

func init() { runtimeSettings.MACKey = os.Getenv("MAC_KEY") }

func macFromRuntimeSettings(msg []byte) []byte {
	m := hmac.New(sha256.New, []byte(runtimeSettings.MACKey)) // ok: init replaces the literal's key
	m.Write(msg)
	return m.Sum(nil)
}
