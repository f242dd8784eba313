package legacy

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"

	"golang.org/x/crypto/openpgp" // want `golang\.org/x/crypto/openpgp is deprecated and unmaintained, with known weaknesses that will not be fixed; use a maintained OpenPGP library such as github\.com/ProtonMail/go-crypto \(CL321\)`
	"golang.org/x/crypto/ssh"
)

func pkcs1(pub *rsa.PublicKey, priv *rsa.PrivateKey, msg, ct []byte) {
	rsa.EncryptPKCS1v15(rand.Reader, pub, msg)                // want `rsa\.EncryptPKCS1v15 uses PKCS #1 v1\.5 encryption padding, open to Bleichenbacher padding-oracle attacks; use rsa\.EncryptOAEP and rsa\.DecryptOAEP with SHA-256 \(CL320\)`
	rsa.DecryptPKCS1v15(rand.Reader, priv, ct)                // want `rsa\.DecryptPKCS1v15 uses PKCS #1 v1\.5 encryption padding, open to Bleichenbacher padding-oracle attacks; use rsa\.EncryptOAEP and rsa\.DecryptOAEP with SHA-256 \(CL320\)`
	rsa.DecryptPKCS1v15SessionKey(rand.Reader, priv, ct, msg) // want `rsa\.DecryptPKCS1v15SessionKey uses PKCS #1 v1\.5 encryption padding, open to Bleichenbacher padding-oracle attacks; use rsa\.EncryptOAEP and rsa\.DecryptOAEP with SHA-256 \(CL320\)`
	rsa.EncryptOAEP(nil, rand.Reader, pub, msg, nil)          // ok
}

func pemBlocks(block *pem.Block, password []byte) {
	x509.EncryptPEMBlock(rand.Reader, "RSA PRIVATE KEY", nil, password, x509.PEMCipherAES256) // want `x509\.EncryptPEMBlock is RFC 1423 PEM encryption: a single MD5 pass over the password and unauthenticated CBC; encrypt keys as PKCS #8 with a modern KDF or keep them in a KMS \(CL321\)`
	x509.DecryptPEMBlock(block, password)                                                     // want `x509\.DecryptPEMBlock is RFC 1423 PEM encryption: a single MD5 pass over the password and unauthenticated CBC; encrypt keys as PKCS #8 with a modern KDF or keep them in a KMS \(CL321\)`
}

func sshConfig() *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User:            "deploy",
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), // want `ssh\.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts\.New or ssh\.FixedHostKey \(CL322\)`
	}
}

func pinnedHost(key ssh.PublicKey) *ssh.ClientConfig {
	return &ssh.ClientConfig{HostKeyCallback: ssh.FixedHostKey(key)} // ok
}

var _ openpgp.EntityList
