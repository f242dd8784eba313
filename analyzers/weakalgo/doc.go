// Package weakalgo defines an Analyzer that reports weak cryptographic
// primitives and misuse of sound ones.
//
// # Analyzer weakalgo
//
// weakalgo: report broken ciphers and hashes, weak keys and parameters, static IVs, insecure randomness and weak TLS settings
//
// The analyzer matches calls, function values, composite literals and
// assignments by type identity (aliases, dot imports and renamed imports
// resolve alike) and judges the values it can know: constants, named
// constants, local variables assigned once, and unexported package
// variables that nothing in the package writes. It reports:
//
//   - CL301/CL302: DES and RC4, and 3DES, Blowfish, CAST5, TEA and XTEA,
//     unless the cipher is only used to decrypt;
//   - CL303: MD5, SHA-1, MD4 or RIPEMD-160 applied to sensitive data (by
//     the shared sensitive-name matcher), stored as, returned as or
//     compared with a secret's hash, or used as key material; not HMAC,
//     checksums, ETags, cache keys or object IDs;
//   - CL304: signatures over MD5 or SHA-1 digests (crypto.SHA1 to rsa and
//     ecdsa signing, x509.SHA1WithRSA and friends in templates);
//   - CL306: passwords hashed with any fast hash, unless the digest goes on
//     to bcrypt, scrypt, Argon2 or PBKDF2 or is cut to a few bytes; CL307:
//     bcrypt, PBKDF2, scrypt and Argon2id parameters below the OWASP
//     minimums, and argon2.Key (Argon2i) for passwords;
//   - CL308: Block.Encrypt block by block in a loop (ECB); CL309:
//     cipher.NewCFBEncrypter and NewOFB; CL310: CBC or CTR encryption in a
//     function without a MAC or AEAD;
//   - CL311: constant, zero, never-filled or math/rand IVs and nonces given
//     to encryption, also through the package's functions, and buffers
//     crypto/rand fills only in part, on some branches or after the use (a
//     buffer filled in full by crypto/rand on every path, or by code the
//     analyzer cannot follow, is never reported);
//   - CL312: math/rand output that becomes a key, token, password, salt or
//     session ID, also through package functions that return it and
//     through digests, and math/rand generators given to key generation
//     or ECDSA signing;
//   - CL314: RSA keys below -weakalgo.rsabits (2048); CL315: DSA and P-224;
//   - CL316-CL319: tls.Config with versions below TLS 1.2, InsecureSkipVerify
//     without VerifyPeerCertificate or VerifyConnection, insecure cipher
//     suites (also appended, or looped over tls.InsecureCipherSuites), all
//     three not when set under if on a boolean option (a variable, field,
//     flag, getter or bool assertion), and servers without MinVersion on go
//     lines before 1.22 or with //go:debug tls10server=1;
//   - CL320: RSA PKCS #1 v1.5 encryption and decryption; CL321:
//     x509.EncryptPEMBlock, DecryptPEMBlock and golang.org/x/crypto/openpgp;
//     CL322: ssh.InsecureIgnoreHostKey, and HostKeyCallback functions of
//     the package that return nil for every key;
//   - CL323: hard-coded keys for ciphers, HMAC, HKDF, JWT signing and
//     verification (golang-jwt SignedString and Keyfuncs, go-jose, gin-jwt,
//     gf-jwt, cristalhq/jwt, go-kit, jwx, kataras/jwt and iris's
//     middleware/jwt), private keys parsed from PEM constants,
//     and the MongoDB client-side encryption "local" KMS provider.
//
// With -weakalgo.strict it also reports every other use of MD5, SHA-1, MD4
// and RIPEMD-160 (CL305) and every other math/rand call (CL313), as gosec
// does. -weakalgo.rsabits and -weakalgo.bcryptcost set the RSA and bcrypt
// thresholds. Test files and generated files are skipped unless
// -weakalgo.tests is set. The packages of the standard library's and
// golang.org/x/crypto's cryptography, which implement the primitives, are
// not analyzed.
//
// Values are followed across the package's own functions by summaries
// computed on demand: the crypto API role a parameter reaches (a nonce
// passed to a helper that seals with it), what a call does to a buffer it
// is given, where a returned buffer comes from, the constant a function
// returns (on every path, or for a constant argument through a switch or
// if on it), and what the package writes to its unexported struct fields.
// Function literals called where they are written and functions held by a
// variable assigned once (f := seal) are followed like direct calls. A
// nonce or IV counts as random only when crypto/rand fills all of it on
// every path before the use. A key written into an object's field that
// reaches a key parameter is judged for each object: a constant given in
// a struct literal or to a constructor is a hard-coded key there, even
// where other objects get theirs at run time.
//
// The summaries of exported functions are facts, so a wrapper in another
// package (sealer.Seal(aead, nonce, m), keys.New(1024)) is followed too,
// as is what it does to a buffer it is given when that decides a nonce
// (fills it from crypto/rand, stores constants, only zeroes it); a
// secret-named value or a key built in another package, or a hash whose
// role is decided by a caller, is not followed: in doubt nothing is
// reported.
package weakalgo
