package signing

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"io"
)

func rsaSHA1(priv *rsa.PrivateKey, msg []byte) ([]byte, error) {
	h := sha1.Sum(msg)
	return rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA1, h[:]) // want `rsa\.SignPKCS1v15 signs a crypto\.SHA1 digest: collisions let an attacker get one signature valid for two documents; sign a crypto\.SHA256 digest \(CL304\)`
}

func rsaPSSMD5(priv *rsa.PrivateKey, digest []byte) ([]byte, error) {
	return rsa.SignPSS(rand.Reader, priv, crypto.MD5, digest, nil) // want `rsa\.SignPSS signs a crypto\.MD5 digest: collisions let an attacker get one signature valid for two documents; sign a crypto\.SHA256 digest \(CL304\)`
}

func signer(s crypto.Signer, digest []byte) ([]byte, error) {
	return s.Sign(rand.Reader, digest, crypto.SHA1) // want `crypto\.Signer\.Sign signs a crypto\.SHA1 digest: collisions let an attacker get one signature valid for two documents; sign a crypto\.SHA256 digest \(CL304\)`
}

func pssOptions(priv *rsa.PrivateKey, digest []byte) ([]byte, error) {
	opts := &rsa.PSSOptions{Hash: crypto.SHA1}
	return priv.Sign(rand.Reader, digest, opts) // want `rsa\.PrivateKey\.Sign signs a crypto\.SHA1 digest: collisions let an attacker get one signature valid for two documents; sign a crypto\.SHA256 digest \(CL304\)`
}

func ecdsaSHA1(priv *ecdsa.PrivateKey, msg []byte) ([]byte, error) {
	sum := sha1.Sum(msg)
	return ecdsa.SignASN1(rand.Reader, priv, sum[:]) // want `ecdsa\.SignASN1 signs a SHA-1 digest: collisions let an attacker get one signature valid for two documents; sign a SHA-256 digest \(CL304\)`
}

func ecdsaStreaming(priv *ecdsa.PrivateKey, r io.Reader) ([]byte, error) {
	h := sha1.New()
	io.Copy(h, r)
	return ecdsa.SignASN1(rand.Reader, priv, h.Sum(nil)) // want `ecdsa\.SignASN1 signs a SHA-1 digest: collisions let an attacker get one signature valid for two documents; sign a SHA-256 digest \(CL304\)`
}

func template() *x509.Certificate {
	return &x509.Certificate{
		SignatureAlgorithm: x509.SHA1WithRSA, // want `x509\.Certificate\.SignatureAlgorithm x509\.SHA1WithRSA signs over a collision-broken digest, letting an attacker forge a second certificate with the same signature; use x509\.SHA256WithRSA or x509\.ECDSAWithSHA256, or leave it unset \(CL304\)`
	}
}

func csr(tmpl *x509.CertificateRequest) {
	tmpl.SignatureAlgorithm = x509.ECDSAWithSHA1 // want `x509\.CertificateRequest\.SignatureAlgorithm x509\.ECDSAWithSHA1 signs over a collision-broken digest, letting an attacker forge a second certificate with the same signature; use x509\.SHA256WithRSA or x509\.ECDSAWithSHA256, or leave it unset \(CL304\)`
}

// Not findings: SHA-256 signatures, verification of legacy signatures.

func rsaSHA256(priv *rsa.PrivateKey, msg []byte) ([]byte, error) {
	h := sha256.Sum256(msg)
	return rsa.SignPKCS1v15(rand.Reader, priv, crypto.SHA256, h[:])
}

func verifyLegacy(pub *rsa.PublicKey, msg, sig []byte) error {
	h := sha1.Sum(msg)
	return rsa.VerifyPKCS1v15(pub, crypto.SHA1, h[:], sig)
}

func modernTemplate() *x509.Certificate {
	return &x509.Certificate{SignatureAlgorithm: x509.SHA256WithRSA}
}

func ed25519Sign(priv ed25519.PrivateKey, msg []byte) ([]byte, error) {
	_ = ed25519.Sign(priv, msg)
	return priv.Sign(rand.Reader, msg, crypto.Hash(0))
}

func dynamicHash(priv *rsa.PrivateKey, h crypto.Hash, digest []byte) ([]byte, error) {
	return rsa.SignPKCS1v15(rand.Reader, priv, h, digest)
}
