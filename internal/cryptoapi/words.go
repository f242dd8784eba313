package cryptoapi

// Protection is what a word in a name says was done to a value.
type Protection uint8

const (
	Hashed    Protection = iota + 1 // a digest or password hash of it
	Encrypted                       // ciphertext of it
	Masked                          // masked or redacted for display
)

// Word is one word of the protection vocabulary.
type Word struct {
	Protection Protection
	Plural     bool // hashes, digests: names a collection of digests
	Algorithm  bool // names a construction (hmac, bcrypt), not the act
	Ciphertext bool // names the result, not the act (ciphertext)
}

// words is the protection vocabulary: the tokens (names.Tokenize) that say
// in a function's, field's, type's or variable's name that a value is
// hashed, encrypted or masked.
var words = map[string]Word{
	"hash":       {Protection: Hashed},
	"hashed":     {Protection: Hashed},
	"hashes":     {Protection: Hashed, Plural: true},
	"digest":     {Protection: Hashed},
	"digests":    {Protection: Hashed, Plural: true},
	"hmac":       {Protection: Hashed, Algorithm: true},
	"bcrypt":     {Protection: Hashed, Algorithm: true},
	"scrypt":     {Protection: Hashed, Algorithm: true},
	"argon2":     {Protection: Hashed, Algorithm: true},
	"pbkdf2":     {Protection: Hashed, Algorithm: true},
	"mask":       {Protection: Masked},
	"masked":     {Protection: Masked},
	"redact":     {Protection: Masked},
	"redacted":   {Protection: Masked},
	"last4":      {Protection: Masked}, // the last four digits a payment provider returns (Stripe's Card.Last4)
	"encrypt":    {Protection: Encrypted},
	"encrypted":  {Protection: Encrypted},
	"seal":       {Protection: Encrypted},
	"sealed":     {Protection: Encrypted},
	"reseal":     {Protection: Encrypted}, // seals again, or a legacy value for the first time
	"reencrypt":  {Protection: Encrypted},
	"rehash":     {Protection: Hashed},
	"cipher":     {Protection: Encrypted},
	"encipher":   {Protection: Encrypted},
	"ciphertext": {Protection: Encrypted, Ciphertext: true},
}

// LookupWord returns the vocabulary entry of a name's token.
func LookupWord(token string) (Word, bool) {
	w, ok := words[token]
	return w, ok
}

// FieldcryptPath is the import path of this project's field-level
// encryption module (the nested module fieldcrypt/).
const FieldcryptPath = "github.com/cryptolint/cryptolint/fieldcrypt"

// protectingTypes are the types whose values the BSON encoder stores
// protected, keyed by package path and type name: matched by type identity,
// never by the spelling of a name. fieldcrypt's String and Bytes are
// AEAD ciphertext bound to their field; Digest is a keyed one-way digest.
var protectingTypes = map[string]Protection{
	FieldcryptPath + ".String": Encrypted,
	FieldcryptPath + ".Bytes":  Encrypted,
	FieldcryptPath + ".Digest": Hashed,
}

// LookupType returns how a type, named by its package path and name,
// protects the values it stores.
func LookupType(pkgPath, name string) (Protection, bool) {
	p, ok := protectingTypes[pkgPath+"."+name]
	return p, ok
}
