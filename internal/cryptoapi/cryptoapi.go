// Package cryptoapi is the one table of facts about crypto APIs that the
// analyzers read: which functions hash, authenticate, derive keys from
// passwords, encrypt, encode or produce random bytes, keyed by
// (*types.Func).FullName, the serializers that write a value's fields out
// as they are, and the words that say in a name that a value is
// protected. It holds facts only; what an analyzer reports is its own policy.
package cryptoapi

import "strings"

// Role is what a function does, as a set: (crypto/cipher.AEAD).Seal both
// encrypts and authenticates.
type Role uint8

const (
	Hash         Role = 1 << iota // computes a digest (Algo, Broken, Form)
	MAC                           // authenticates what it covers: MAC, AEAD, signature
	PasswordHash                  // a password hash or password KDF: one-way and slow
	Encrypt                       // its result is ciphertext
	Encode                        // turns bytes into text, hiding nothing
	Decode                        // turns text into bytes
	Random                        // produces random bytes (Secure says whether fit for keys)
	Serialize                     // writes out its first argument's fields as text or bytes, hiding nothing (JSON, YAML, protobuf)
)

// Form says how a hash function is called.
type Form uint8

const (
	Ctor    Form = iota + 1 // returns a hash.Hash to Write to and Sum
	OneShot                 // digest of its first argument
	Keyed                   // constructor whose first argument is a key (a MAC when non-nil)
	Method                  // the Sum method of a hash state: digest of what was written
)

// Func describes one function.
type Func struct {
	Role   Role
	Algo   string // hash: MD5, SHA-256, ...; empty when not known from the function
	Broken bool   // hash: collision-broken (MD5, SHA-1, MD4, RIPEMD-160)
	Form   Form   // hash: how it is called
	Secure bool   // random: cryptographically secure
}

// Is reports whether f has role r.
func (f Func) Is(r Role) bool { return f.Role&r != 0 }

// Lookup returns what the table knows about the function of that full name.
func Lookup(fullName string) (Func, bool) {
	f, ok := funcs[fullName]
	return f, ok
}

// Listed reports whether the table holds a function or method of the
// package with that import path: when it does not, a caller need not
// format a function's full name to look it up.
func Listed(pkgPath string) bool { return packages[pkgPath] }

// packages are the import paths of the functions in funcs.
var packages = func() map[string]bool {
	m := make(map[string]bool)
	for full := range funcs {
		m[packageOf(full)] = true
	}
	return m
}()

// packageOf returns the import path in a full name: "crypto/sha256" in
// "crypto/sha256.Sum256" and "(*crypto/cipher.gcm).Seal".
func packageOf(full string) string {
	if strings.HasPrefix(full, "(") {
		full = strings.TrimPrefix(full[1:strings.IndexByte(full, ')')], "*")
	}
	return full[:strings.LastIndexByte(full, '.')]
}

// Has reports whether the function of that full name has role r.
func Has(fullName string, r Role) bool { return funcs[fullName].Role&r != 0 }

// Each calls visit for every function with role r.
func Each(r Role, visit func(fullName string, f Func)) {
	for name, f := range funcs {
		if f.Role&r != 0 {
			visit(name, f)
		}
	}
}

func hash(algo string, broken bool, form Form) Func {
	return Func{Role: Hash, Algo: algo, Broken: broken, Form: form}
}

var funcs = map[string]Func{
	// Hashes.
	"crypto/md5.New":                              hash("MD5", true, Ctor),
	"crypto/md5.Sum":                              hash("MD5", true, OneShot),
	"crypto/sha1.New":                             hash("SHA-1", true, Ctor),
	"crypto/sha1.Sum":                             hash("SHA-1", true, OneShot),
	"golang.org/x/crypto/md4.New":                 hash("MD4", true, Ctor),
	"golang.org/x/crypto/ripemd160.New":           hash("RIPEMD-160", true, Ctor),
	"crypto/sha256.New":                           hash("SHA-256", false, Ctor),
	"crypto/sha256.New224":                        hash("SHA-224", false, Ctor),
	"crypto/sha256.Sum256":                        hash("SHA-256", false, OneShot),
	"crypto/sha256.Sum224":                        hash("SHA-224", false, OneShot),
	"crypto/sha512.New":                           hash("SHA-512", false, Ctor),
	"crypto/sha512.New384":                        hash("SHA-384", false, Ctor),
	"crypto/sha512.New512_224":                    hash("SHA-512/224", false, Ctor),
	"crypto/sha512.New512_256":                    hash("SHA-512/256", false, Ctor),
	"crypto/sha512.Sum512":                        hash("SHA-512", false, OneShot),
	"crypto/sha512.Sum384":                        hash("SHA-384", false, OneShot),
	"crypto/sha512.Sum512_224":                    hash("SHA-512/224", false, OneShot),
	"crypto/sha512.Sum512_256":                    hash("SHA-512/256", false, OneShot),
	"crypto/sha3.New224":                          hash("SHA3-224", false, Ctor),
	"crypto/sha3.New256":                          hash("SHA3-256", false, Ctor),
	"crypto/sha3.New384":                          hash("SHA3-384", false, Ctor),
	"crypto/sha3.New512":                          hash("SHA3-512", false, Ctor),
	"crypto/sha3.Sum224":                          hash("SHA3-224", false, OneShot),
	"crypto/sha3.Sum256":                          hash("SHA3-256", false, OneShot),
	"crypto/sha3.Sum384":                          hash("SHA3-384", false, OneShot),
	"crypto/sha3.Sum512":                          hash("SHA3-512", false, OneShot),
	"golang.org/x/crypto/sha3.New224":             hash("SHA3-224", false, Ctor),
	"golang.org/x/crypto/sha3.New256":             hash("SHA3-256", false, Ctor),
	"golang.org/x/crypto/sha3.New384":             hash("SHA3-384", false, Ctor),
	"golang.org/x/crypto/sha3.New512":             hash("SHA3-512", false, Ctor),
	"golang.org/x/crypto/sha3.Sum224":             hash("SHA3-224", false, OneShot),
	"golang.org/x/crypto/sha3.Sum256":             hash("SHA3-256", false, OneShot),
	"golang.org/x/crypto/sha3.Sum384":             hash("SHA3-384", false, OneShot),
	"golang.org/x/crypto/sha3.Sum512":             hash("SHA3-512", false, OneShot),
	"golang.org/x/crypto/blake2b.New256":          hash("BLAKE2b-256", false, Keyed),
	"golang.org/x/crypto/blake2b.New384":          hash("BLAKE2b-384", false, Keyed),
	"golang.org/x/crypto/blake2b.New512":          hash("BLAKE2b-512", false, Keyed),
	"golang.org/x/crypto/blake2b.Sum256":          hash("BLAKE2b-256", false, OneShot),
	"golang.org/x/crypto/blake2b.Sum384":          hash("BLAKE2b-384", false, OneShot),
	"golang.org/x/crypto/blake2b.Sum512":          hash("BLAKE2b-512", false, OneShot),
	"golang.org/x/crypto/blake2s.New256":          hash("BLAKE2s-256", false, Keyed),
	"golang.org/x/crypto/blake2s.Sum256":          hash("BLAKE2s-256", false, OneShot),
	"golang.org/x/crypto/sha3.NewLegacyKeccak256": hash("Keccak-256", false, Ctor),
	// Sum methods of hash states: the algorithm is that of the constructor.
	"(hash.Hash).Sum":         {Role: Hash, Form: Method},
	"(*crypto/sha3.SHA3).Sum": {Role: Hash, Algo: "SHA3", Form: Method},

	// Password hashes and password KDFs.
	"golang.org/x/crypto/bcrypt.GenerateFromPassword": {Role: PasswordHash},
	"golang.org/x/crypto/argon2.IDKey":                {Role: PasswordHash},
	"golang.org/x/crypto/argon2.Key":                  {Role: PasswordHash},
	"golang.org/x/crypto/scrypt.Key":                  {Role: PasswordHash},
	"golang.org/x/crypto/pbkdf2.Key":                  {Role: PasswordHash},
	"crypto/pbkdf2.Key":                               {Role: PasswordHash},
	// Widely used wrappers that return an encoded password hash.
	"github.com/elithrar/simple-scrypt.GenerateFromPassword": {Role: PasswordHash},
	"github.com/alexedwards/argon2id.CreateHash":             {Role: PasswordHash},

	// MACs, AEADs and signatures.
	"crypto/hmac.New":                           {Role: MAC},
	"crypto/cipher.NewGCM":                      {Role: MAC},
	"crypto/cipher.NewGCMWithNonceSize":         {Role: MAC},
	"crypto/cipher.NewGCMWithTagSize":           {Role: MAC},
	"crypto/cipher.NewGCMWithRandomNonce":       {Role: MAC},
	"(crypto/cipher.AEAD).Seal":                 {Role: MAC | Encrypt},
	"golang.org/x/crypto/chacha20poly1305.New":  {Role: MAC},
	"golang.org/x/crypto/chacha20poly1305.NewX": {Role: MAC},
	"golang.org/x/crypto/poly1305.Sum":          {Role: MAC},
	"golang.org/x/crypto/poly1305.New":          {Role: MAC},
	"crypto/ed25519.Sign":                       {Role: MAC},

	// Encryption whose result is ciphertext.
	"crypto/rsa.EncryptOAEP":                                                              {Role: Encrypt},
	"golang.org/x/crypto/nacl/secretbox.Seal":                                             {Role: Encrypt},
	"golang.org/x/crypto/nacl/box.Seal":                                                   {Role: Encrypt},
	"golang.org/x/crypto/nacl/box.SealAfterPrecomputation":                                {Role: Encrypt},
	"golang.org/x/crypto/nacl/box.SealAnonymous":                                          {Role: Encrypt},
	"(*go.mongodb.org/mongo-driver/mongo.ClientEncryption).Encrypt":                       {Role: Encrypt},
	"(*go.mongodb.org/mongo-driver/v2/mongo.ClientEncryption).Encrypt":                    {Role: Encrypt},
	"(github.com/tink-crypto/tink-go/v2/tink.AEAD).Encrypt":                               {Role: Encrypt},
	"(github.com/tink-crypto/tink-go/v2/tink.DeterministicAEAD).EncryptDeterministically": {Role: Encrypt},
	"github.com/fernet/fernet-go.EncryptAndSign":                                          {Role: Encrypt},

	// Encoders and decoders.
	"encoding/hex.EncodeToString":                {Role: Encode},
	"(*encoding/base64.Encoding).EncodeToString": {Role: Encode},
	"(*encoding/base32.Encoding).EncodeToString": {Role: Encode},
	"(*encoding/base64.Encoding).AppendEncode":   {Role: Encode},
	"encoding/hex.DecodeString":                  {Role: Decode},
	"(*encoding/base64.Encoding).DecodeString":   {Role: Decode},
	"(*encoding/base32.Encoding).DecodeString":   {Role: Decode},

	// Serializers: the result holds the first argument's fields as they
	// are (a configuration stored as JSON text keeps its API key).
	"encoding/json.Marshal":                                                  {Role: Serialize},
	"encoding/json.MarshalIndent":                                            {Role: Serialize},
	"encoding/xml.Marshal":                                                   {Role: Serialize},
	"encoding/xml.MarshalIndent":                                             {Role: Serialize},
	"google.golang.org/protobuf/encoding/protojson.Marshal":                  {Role: Serialize},
	"(google.golang.org/protobuf/encoding/protojson.MarshalOptions).Marshal": {Role: Serialize},
	"google.golang.org/protobuf/encoding/prototext.Marshal":                  {Role: Serialize},
	"google.golang.org/protobuf/proto.Marshal":                               {Role: Serialize},
	"(google.golang.org/protobuf/proto.MarshalOptions).Marshal":              {Role: Serialize},
	"github.com/golang/protobuf/proto.Marshal":                               {Role: Serialize},
	"gopkg.in/yaml.v2.Marshal":                                               {Role: Serialize},
	"gopkg.in/yaml.v3.Marshal":                                               {Role: Serialize},
	"go.yaml.in/yaml/v3.Marshal":                                             {Role: Serialize},
	"github.com/goccy/go-json.Marshal":                                       {Role: Serialize},
	"github.com/bytedance/sonic.Marshal":                                     {Role: Serialize},
	"(github.com/json-iterator/go.API).Marshal":                              {Role: Serialize},
	"go.mongodb.org/mongo-driver/bson.MarshalExtJSON":                        {Role: Serialize},
	"go.mongodb.org/mongo-driver/v2/bson.MarshalExtJSON":                     {Role: Serialize},

	// Random sources.
	"crypto/rand.Read":       {Role: Random, Secure: true},
	"math/rand.Read":         {Role: Random},
	"(*math/rand.Rand).Read": {Role: Random},
}
