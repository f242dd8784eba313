package rules

// Rules of the weakalgo analyzer (CL3xx).
var (
	BrokenCipher = define(Rule{
		ID:       "CL301",
		Analyzer: "weakalgo",
		Title:    "broken cipher DES or RC4 used to encrypt",
		Severity: High,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
DES (crypto/des.NewCipher) has a 56-bit key that can be searched exhaustively
in hours; RC4 (crypto/rc4) has keystream biases that leak plaintext, and is
banned from TLS (RFC 7465). Data encrypted with either is not confidential.

The constructor call is reported, and so is a reference to the constructor as
a function value (the analyzer cannot see how it is used). A cipher used only
to decrypt (cipher.NewCBCDecrypter, Block.Decrypt, AEAD.Open), as when
migrating legacy data, is not reported; RC4 and stream modes are symmetric,
so they count as decryption only inside a function named like decrypt.

Fix: encrypt with an AEAD: AES-GCM (aes.NewCipher then cipher.NewGCM) or
golang.org/x/crypto/chacha20poly1305, with a fresh random nonce per message.`,
	})

	LegacyCipher = define(Rule{
		ID:       "CL302",
		Analyzer: "weakalgo",
		Title:    "legacy 64-bit block cipher (3DES, Blowfish, CAST5, TEA, XTEA) used to encrypt",
		Severity: Medium,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
Triple DES (crypto/des.NewTripleDESCipher) and the golang.org/x/crypto
packages blowfish, cast5, tea and xtea have 64-bit blocks: after about 2^32
blocks (32 GiB) under one key, block collisions leak plaintext (the Sweet32
attack on TLS and OpenVPN). TEA also has equivalent keys and related-key
attacks. The x/crypto packages are deprecated, and Go's TLS stopped offering
3DES by default in Go 1.23. bcrypt's internal use of Blowfish is not
affected and not reported, nor is blowfish.NewSaltedCipher, the key setup
of bcrypt-style password hashing; the packages of the standard library and
of golang.org/x/crypto themselves, which implement these primitives, are
not analyzed.

Decryption-only use (migrating legacy data) is not reported, as for CL301.

Fix: use AES-GCM (cipher.NewGCM) or chacha20poly1305.`,
	})

	WeakHash = define(Rule{
		ID:       "CL303",
		Analyzer: "weakalgo",
		Title:    "MD5, SHA-1, MD4 or RIPEMD-160 used in a security role",
		Severity: Medium,
		CWE:      328,
		Since:    "v0.1.0",
		Help: `
MD5 and SHA-1 have practical collision attacks (chosen-prefix collisions for
both), MD4 is broken outright, and RIPEMD-160 (golang.org/x/crypto/ripemd160,
deprecated) has an 80-bit collision bound. A digest of these algorithms is
reported when it plays a security role: its input is sensitive by name (a
token, secret, API key, private key, SSN, card number: the shared sensitive-name
matcher), its result is stored in, returned by, or compared with something
named like a secret or a secret's hash (tokenHash, PasswordDigest), or it
becomes key material (the key of aes.NewCipher, hmac.New, ...). Passwords
are CL306.

Not reported by default, because these uses are sound or forced by a
protocol: HMAC-MD5 and HMAC-SHA1 (hmac.New(sha1.New, key)), PBKDF2 with
SHA-1 (CL307 judges its iteration count), file checksums, cache keys,
ETags, git object IDs and other digests of non-sensitive data.
-weakalgo.strict reports every use (CL305).

Fix: use SHA-256 (crypto/sha256) or SHA-3; for keyed digests of secrets use
HMAC-SHA-256; derive keys with HKDF (crypto/hkdf) from high-entropy secrets
and with Argon2id or scrypt from passwords.`,
	})

	WeakSignatureHash = define(Rule{
		ID:       "CL304",
		Analyzer: "weakalgo",
		Title:    "signature or certificate over an MD5 or SHA-1 digest",
		Severity: High,
		CWE:      328,
		Since:    "v0.1.0",
		Help: `
A signature is only as strong as the collision resistance of its digest: with
MD5 or SHA-1, an attacker who gets one document signed can forge a second one
with the same signature (chosen-prefix collisions; a rogue CA certificate was
forged this way with MD5 in 2008, and SHA-1 chosen-prefix collisions were
shown practical in 2020). Reported: crypto.MD5, crypto.SHA1, crypto.MD5SHA1, crypto.MD4 and
crypto.RIPEMD160 given to rsa.SignPKCS1v15, rsa.SignPSS, rsa.PSSOptions or a
Sign method (crypto.Signer, *rsa.PrivateKey, *ecdsa.PrivateKey); an MD5 or
SHA-1 digest signed with ecdsa.Sign or ecdsa.SignASN1; and the signature
algorithms MD2WithRSA, MD5WithRSA, SHA1WithRSA, DSAWithSHA1 and
ECDSAWithSHA1 in x509 certificate, CSR and CRL templates. Verifying
existing signatures is not reported.

Fix: sign SHA-256 digests (crypto.SHA256, x509.SHA256WithRSA,
x509.ECDSAWithSHA256), or leave SignatureAlgorithm unset so that x509 picks
a safe one for the key.`,
	})

	WeakHashStrict = define(Rule{
		ID:       "CL305",
		Analyzer: "weakalgo",
		Title:    "MD5, SHA-1, MD4 or RIPEMD-160 used (strict policy)",
		Severity: Low,
		CWE:      328,
		Since:    "v0.1.0",
		Help: `
Reported only with -weakalgo.strict, the policy of gosec and of compliance
regimes that ban these algorithms outright: every call or function value of
md5.New, md5.Sum, sha1.New, sha1.Sum, md4.New, ripemd160.New and crypto.Hash
New on those algorithms that no other rule reports, including HMAC-SHA1 and
checksums. Most such uses are sound (see CL303); the strict policy is for
code bases that must avoid the algorithms regardless of role.

Fix: use SHA-256, or suppress the reviewed finding with the reason (for
example "git object ID" or "protocol requires SHA-1").`,
	})

	FastPasswordHash = define(Rule{
		ID:       "CL306",
		Analyzer: "weakalgo",
		Title:    "password hashed with a fast hash",
		Severity: High,
		CWE:      916,
		Since:    "v0.1.0",
		Help: `
A general-purpose hash (MD5, SHA-1, SHA-2, SHA-3, BLAKE2, RIPEMD-160, MD4) is
applied to a password: the input is password-named (password, passwd, pwd,
passphrase, PIN: the shared sensitive-name matcher), or the digest is stored
in, returned by or compared with something named like a password hash
(PasswordHash, hashPassword), or the digest of a password becomes an
encryption key. A GPU computes billions of such hashes per second, so stolen
hashes of ordinary passwords are cracked in hours, salted or not.

A fast hash of a high-entropy token or API key is fine and not reported,
nor is a password digest passed on to bcrypt, scrypt, Argon2 or PBKDF2
(pre-hashing), or cut to a few bytes (a Pwned Passwords range query sends
five hex digits of the SHA-1).

Fix: hash passwords with Argon2id (golang.org/x/crypto/argon2.IDKey with
at least 19 MiB and 2 passes), scrypt, or bcrypt
(golang.org/x/crypto/bcrypt.GenerateFromPassword); derive encryption keys
from passwords with argon2.IDKey or scrypt.Key and a random salt.`,
	})

	WeakPasswordHashParams = define(Rule{
		ID:       "CL307",
		Analyzer: "weakalgo",
		Title:    "password hashing parameters below the OWASP minimum",
		Severity: Medium,
		CWE:      916,
		Since:    "v0.1.0",
		Help: `
The work factor of a password hash is what makes cracking slow. Minimums are
those of the OWASP Password Storage Cheat Sheet (values current since May
2023):

- bcrypt cost at least 10 (bcrypt.DefaultCost; a cost below bcrypt.MinCost
  is replaced by 10 and not reported); the threshold is -weakalgo.bcryptcost;
- PBKDF2 (golang.org/x/crypto/pbkdf2.Key and Go 1.24's crypto/pbkdf2.Key)
  with at least 1,300,000 iterations for HMAC-SHA-1, 600,000 for
  HMAC-SHA-256 (and SHA-224) and 210,000 for HMAC-SHA-512 (and SHA-384);
- scrypt with N=2^17, r=8, p=1, or an equivalent OWASP configuration
  (2^16/8/2, 2^15/8/3, 2^14/8/5, 2^13/8/10);
- Argon2id (argon2.IDKey) with one of 46 MiB and 1 pass, 19 MiB and 2,
  12 MiB and 3, 9 MiB and 4, or 7 MiB and 5 passes (memory in KiB: 47104,
  19456, 12288, 9216, 7168);
- argon2.Key, which is Argon2i, applied to a password: use Argon2id.

Only values the analyzer knows are judged: constants, named constants and
local variables assigned once in the function. PBKDF2, scrypt and Argon2
applied to data named like a key or token (key derivation from a
high-entropy secret) are not reported.

Fix: raise the parameter; the suggested fix sets a constant bcrypt cost to
bcrypt.DefaultCost. Store the parameters with each hash so they can be
raised later.`,
	})

	ECBMode = define(Rule{
		ID:       "CL308",
		Analyzer: "weakalgo",
		Title:    "block cipher used in ECB mode",
		Severity: High,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
Calling a cipher.Block's Encrypt block by block over a message, in a loop that
walks the input, is ECB mode: identical plaintext blocks give identical
ciphertext blocks, so patterns in the data (the famous ECB penguin) and
repeated records show through, and blocks can be cut, reordered and replayed.
Go has no ECB mode on purpose. Encrypt calls that are part of another
construction (a CTR keystream, key wrapping, CBC written by hand with the
previous block mixed in) are not reported, nor is Decrypt.

Fix: use an AEAD: cipher.NewGCM over the block, with a random nonce.`,
	})

	DeprecatedMode = define(Rule{
		ID:       "CL309",
		Analyzer: "weakalgo",
		Title:    "deprecated unauthenticated mode CFB or OFB",
		Severity: Medium,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
cipher.NewCFBEncrypter and cipher.NewOFB are deprecated since Go 1.24: they
are not authenticated, so an attacker can flip chosen plaintext bits, and
they are slower than CTR. cipher.NewCFBDecrypter is not reported (reading
legacy data).

Fix: use an AEAD (cipher.NewGCM, chacha20poly1305). If a stream mode is
required by a format, use cipher.NewCTR and authenticate the ciphertext with
HMAC.`,
	})

	UnauthenticatedEncryption = define(Rule{
		ID:       "CL310",
		Analyzer: "weakalgo",
		Title:    "CBC or CTR encryption without a MAC in the same function",
		Severity: Low,
		CWE:      649,
		Since:    "v0.1.0",
		Help: `
CBC and CTR give confidentiality only: without a MAC over the ciphertext, an
attacker can modify messages undetected, and CBC with a decryption error
oracle leaks the plaintext (padding oracle attacks). Reported:
cipher.NewCBCEncrypter, and cipher.NewCTR when its IV is filled from
crypto/rand in the function (encryption), in a function that neither
calls hmac.New nor uses an AEAD or poly1305. The MAC may be computed by a
caller, which the analyzer does not see: hence the low severity.

Fix: use an AEAD (cipher.NewGCM, chacha20poly1305); or encrypt-then-MAC
with HMAC-SHA-256 under a separate key, verified before decrypting.`,
	})

	StaticIV = define(Rule{
		ID:       "CL311",
		Analyzer: "weakalgo",
		Title:    "static, zero or predictable IV or nonce",
		Severity: High,
		CWE:      1204,
		Since:    "v0.1.0",
		Help: `
The nonce of an AEAD (AEAD.Seal) or the IV of CBC, CTR, CFB or OFB encryption
is a constant (a literal, a named constant, []byte("...")), a buffer never
filled (make([]byte, n), a zero array, the unfilled head of the ciphertext
buffer), or filled by math/rand. With AES-GCM a repeated nonce reveals the
XOR of plaintexts and the authentication key, allowing forgeries; with CTR
and OFB it repeats the keystream; a predictable CBC IV allows
chosen-plaintext attacks (BEAST). A CBC IV filled only with a counter
(encoding/binary Put*) is reported too; a counter nonce is fine for an AEAD.
So is an IV or nonce taken from the key (iv := key[:aes.BlockSize], where
the same function passes key whole to aes.NewCipher, hmac.New or another
cipher): it repeats for every message and, sent with the ciphertext,
discloses key bytes. Key and IV cut from different parts of one derived
buffer are not reported.

The value is followed through the package's own functions: a constant
passed to a helper that encrypts with its parameter, returned by a helper
or closure, kept in a struct field. A buffer counts as random only when
crypto/rand (rand.Read, io.ReadFull(rand.Reader, ...)) fills all of it on
every path before the use: constant stores (iv[15] = 1), a fill of part of
it, a fill on one branch or after the use are reported. A buffer written by
code the analyzer cannot follow is never reported.
Decryption (AEAD.Open, cipher.NewCBCDecrypter, NewCFBDecrypter) is not a
finding: the IV comes with the ciphertext.

Fix: fill a fresh nonce from crypto/rand for every message, or use
cipher.NewGCMWithRandomNonce (Go 1.24), which does it for you.`,
	})

	InsecureRandSecret = define(Rule{
		ID:       "CL312",
		Analyzer: "weakalgo",
		Title:    "math/rand value used as a key, token, password or other secret",
		Severity: High,
		CWE:      338,
		Since:    "v0.1.0",
		Help: `
math/rand and math/rand/v2 are not cryptographically secure: their output can
be predicted from a few observed values, or from the seed (often the time).
A value from them is reported when it becomes a secret: it flows (through
conversions, arithmetic, indexing into an alphabet, string building, local
variables) into a crypto API key, into a variable, field or map key named
like a secret (token, password, secret, API key, salt, nonce, session ID),
or into the result of a function named like one (GenerateToken,
newSessionID, randomPassword), also through a one-shot digest and the
package's helpers (ed25519.NewKeyFromSeed of a math/rand seed). A package
function that returns math/rand output under a neutral name (randString) is
followed to its callers, and the call whose result becomes a secret is
reported. A math/rand generator given as the random source of key
generation (rsa, ecdsa, ed25519, ecdh) or ECDSA signing is reported too. A
nonce or IV that reaches a cipher in the package is CL311's.

Jitter, backoff, shuffling, sampling and load balancing are not reported.
-weakalgo.strict reports every math/rand call (CL313).

Fix: use crypto/rand: rand.Text() (Go 1.24) for tokens and passwords,
rand.Read for bytes, rand.Int for a uniform number in a range.`,
	})

	InsecureRandStrict = define(Rule{
		ID:       "CL313",
		Analyzer: "weakalgo",
		Title:    "math/rand used (strict policy)",
		Severity: Low,
		CWE:      338,
		Since:    "v0.1.0",
		Help: `
Reported only with -weakalgo.strict, gosec's G404 policy: every call of a
math/rand or math/rand/v2 function or method that CL312 does not report.
Most such calls are sound (jitter, shuffling, sampling, tests).

Fix: use crypto/rand where the value must be unpredictable; suppress the
reviewed finding otherwise.`,
	})

	WeakRSAKey = define(Rule{
		ID:       "CL314",
		Analyzer: "weakalgo",
		Title:    "RSA key shorter than 2048 bits",
		Severity: High,
		CWE:      326,
		Since:    "v0.1.0",
		Help: `
rsa.GenerateKey or rsa.GenerateMultiPrimeKey is called with fewer than 2048
bits (the threshold is -weakalgo.rsabits). 512-bit keys are factored in
hours on rented machines and 768-bit keys have been publicly factored;
1024-bit keys are within reach of well-funded attackers, and NIST disallowed
them in 2013. Go refuses keys below 1024 bits since Go 1.24 (rsa1024min).
Values are judged when the analyzer knows them: constants, named constants
and local variables assigned once in the function.

Fix: use at least 2048 bits, 3072 for keys that must stay secure beyond
2030 (NIST SP 800-57), or switch to ECDSA P-256 or Ed25519. The suggested fix
replaces a constant argument with 2048.`,
	})

	LegacyKeyAlgorithm = define(Rule{
		ID:       "CL315",
		Analyzer: "weakalgo",
		Title:    "DSA or P-224 key",
		Severity: Low,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
crypto/dsa is deprecated: DSA is limited to 1024-3072-bit parameters with
SHA-1-era sizes, leaks the key when a nonce repeats or is biased, and is no
longer accepted by OpenSSH or TLS 1.3. elliptic.P224 gives only 112-bit
security, the minimum NIST allows until 2030, and is not supported by TLS
or crypto/ecdh. Reported: dsa.GenerateKey and dsa.Sign (not verification),
and elliptic.P224() passed to ecdsa.GenerateKey or elliptic.GenerateKey.

Fix: use Ed25519 (crypto/ed25519) or ECDSA with P-256 or P-384.`,
	})

	TLSOldVersion = define(Rule{
		ID:       "CL316",
		Analyzer: "weakalgo",
		Title:    "TLS configuration allows or forces a version below TLS 1.2",
		Severity: Medium,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
A tls.Config sets MinVersion explicitly to SSL 3.0, TLS 1.0 or TLS 1.1, or
MaxVersion to one of them (in a literal or by assignment). These versions
lack modern AEAD cipher suites, rely on MD5 and SHA-1 in their handshake,
and were deprecated by RFC 8996 in 2021. An unset MinVersion is not
reported here: Go's default has been TLS 1.2 for clients since Go 1.18 and
for servers since the go 1.22 line (see CL319). A version set inside an if
on a boolean option (if cfg.LegacyClients {...}) is a run-time choice and
not reported.

Fix: set MinVersion to tls.VersionTLS12 or higher (the suggested fix), and
remove MaxVersion or set it to tls.VersionTLS13.`,
	})

	TLSInsecureSkipVerify = define(Rule{
		ID:       "CL317",
		Analyzer: "weakalgo",
		Title:    "TLS certificate verification disabled (InsecureSkipVerify)",
		Severity: High,
		CWE:      295,
		Since:    "v0.1.0",
		Help: `
A tls.Config sets InsecureSkipVerify to true (a constant, in a literal or by
assignment), including configs given to the MongoDB driver's SetTLSConfig: the
client accepts any certificate for any host name, so anyone on the path can
impersonate the server and read or change the traffic. Not reported when
the same config sets VerifyPeerCertificate or VerifyConnection, which is how
custom verification such as certificate pinning is written, nor when the
value is not a constant (a flag the user turns on) or is set inside an if
on a boolean option (if opts.Insecure { cfg.InsecureSkipVerify = true }),
which carries the user's run-time choice into the config.

Fix: remove InsecureSkipVerify and trust the server's CA with RootCAs (a
private CA pool), or verify the peer yourself in VerifyConnection.`,
	})

	TLSInsecureCipherSuite = define(Rule{
		ID:       "CL318",
		Analyzer: "weakalgo",
		Title:    "TLS configuration enables an insecure cipher suite",
		Severity: Medium,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
tls.Config.CipherSuites lists a suite that tls.InsecureCipherSuites()
reports: RC4 (biased keystream), 3DES (64-bit block, Sweet32), RSA key
exchange (no forward secrecy, Bleichenbacher-style oracles) or CBC with
SHA-256 (Lucky13 timing). The element of the list is reported, in a
literal or appended (append(cfg.CipherSuites, tls.TLS_RSA_WITH_RC4_128_SHA)),
and so is the ID appended in a loop over tls.InsecureCipherSuites(). As for
CL316 and CL317, suites set inside an if on a boolean option (a variable,
field, flag, getter or bool assertion: if opts.LegacyClients {...}) are a
run-time choice and not reported.

Fix: remove the suite, or leave CipherSuites unset and let Go choose.`,
	})

	TLSServerDefaultMinVersion = define(Rule{
		ID:       "CL319",
		Analyzer: "weakalgo",
		Title:    "TLS server config without MinVersion accepts TLS 1.0 on a go line before 1.22",
		Severity: Low,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
Go's TLS defaults follow the go line of the main module (GODEBUG): before
go 1.22, a server accepts TLS 1.0 and 1.1 when MinVersion is unset, and so
does any module with //go:debug tls10server=1. A tls.Config literal is
taken to be a server's when it sets a server-only field (GetCertificate,
GetConfigForClient, ClientAuth, ClientCAs), or Certificates without client
fields (RootCAs, ServerName), or is passed to tls.Listen, tls.NewListener,
tls.Server or http.Server.TLSConfig. Not reported when the module's go line is
unknown, or 1.22 or later, or when the function sets MinVersion.

Fix: set MinVersion: tls.VersionTLS12, or raise the go line in go.mod.`,
	})

	RSAPKCS1v15Encryption = define(Rule{
		ID:       "CL320",
		Analyzer: "weakalgo",
		Title:    "RSA PKCS #1 v1.5 encryption",
		Severity: Medium,
		CWE:      780,
		Since:    "v0.1.0",
		Help: `
rsa.EncryptPKCS1v15, rsa.DecryptPKCS1v15 and rsa.DecryptPKCS1v15SessionKey
(deprecated in Go 1.26) use the padding broken by Bleichenbacher's attack:
a server that decrypts attacker-chosen ciphertexts and reveals, by an error
or by timing, whether the padding was valid lets the attacker decrypt any
message (ROBOT, 2017). Here decryption is the exposed side, so it is
reported too.

Fix: use RSA-OAEP (rsa.EncryptOAEP / rsa.DecryptOAEP with SHA-256), or
better a hybrid scheme such as HPKE or ECDH plus an AEAD.`,
	})

	LegacyCryptoAPI = define(Rule{
		ID:       "CL321",
		Analyzer: "weakalgo",
		Title:    "legacy PEM encryption or golang.org/x/crypto/openpgp",
		Severity: Medium,
		CWE:      327,
		Since:    "v0.1.0",
		Help: `
x509.EncryptPEMBlock and x509.DecryptPEMBlock implement RFC 1423 PEM
encryption: the key is one MD5 pass over the password (no work factor) and
the ciphertext is unauthenticated CBC, open to padding oracles; both are
deprecated since Go 1.16. golang.org/x/crypto/openpgp is deprecated and
unmaintained (frozen, then removed from x/crypto), with known weaknesses
that will not be fixed; its import is reported once per file.

Fix: store private keys encrypted with PKCS #8 and a modern KDF (for
example with an age or KMS envelope), and use a maintained OpenPGP
implementation such as github.com/ProtonMail/go-crypto.`,
	})

	SSHInsecureHostKey = define(Rule{
		ID:       "CL322",
		Analyzer: "weakalgo",
		Title:    "SSH client accepts any host key (ssh.InsecureIgnoreHostKey or a callback returning nil)",
		Severity: High,
		CWE:      295,
		Since:    "v0.1.0",
		Help: `
golang.org/x/crypto/ssh.InsecureIgnoreHostKey returns a HostKeyCallback that
accepts every server key, as does a HostKeyCallback function of the package
that returns nil on every path: anyone on the path can impersonate the
server, capture the password or agent-forwarded credentials, and read the
session.

Fix: verify host keys with golang.org/x/crypto/ssh/knownhosts.New over a
known_hosts file, or ssh.FixedHostKey for a pinned key.`,
	})

	HardcodedKey = define(Rule{
		ID:       "CL323",
		Analyzer: "weakalgo",
		Title:    "hard-coded cryptographic key",
		Severity: High,
		CWE:      321,
		Since:    "v0.1.0",
		Help: `
A string or byte-slice literal, a named constant, or a buffer never filled is
used as a key: of aes.NewCipher, des, rc4 and the x/crypto ciphers,
chacha20poly1305.New/NewX, hmac.New, hkdf, ed25519.NewKeyFromSeed, JWT
signing and verification (golang-jwt SignedString and the key a Keyfunc
returns, go-jose SigningKey and Recipient, gin-jwt, gf-jwt, cristalhq/jwt,
go-kit, jwx, kataras/jwt, iris's middleware/jwt) and MongoDB client-side
field level encryption's "local" KMS master key; or a private key parsed
from a PEM constant (x509.Parse*PrivateKey of pem.Decode, tls.X509KeyPair,
ssh.ParsePrivateKey, the golang-jwt and kataras/jwt PEM parsers). Anyone with the source, a
binary or a leaked log has the key, it is the same in every deployment, and
rotating it needs a release. Local variables assigned once, unexported
package variables and fields that nothing else writes, and the package's
own helpers and constructors are followed.

For hmac.New, a literal containing a space is taken to be a public label
(domain separation, as in BIP-32's "Bitcoin seed") and not reported.

Fix: load keys at run time from a secret store, a KMS, or the environment,
and keep them out of the repository.`,
	})
)
