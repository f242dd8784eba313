// Package fieldcrypt encrypts sensitive fields of MongoDB documents in the
// application, before they are serialized, with the v2 Go driver's own
// extension point: a BSON registry set on the collection (or the client).
//
//	keys, err := fieldcrypt.New(aeadKeyset, digestKeyset) // from KeysetFromEnv, KeysetFromFile or a KMS
//	users := db.Collection("users", options.Collection().SetRegistry(keys.Registry("app.users")))
//
//	type User struct {
//		SSN        fieldcrypt.String `bson:"ssn"`         // AES-256-GCM, bound to "app.users" and "ssn"
//		TOTPSecret fieldcrypt.Bytes  `bson:"totp_secret"` // the same for bytes
//		ResetToken fieldcrypt.Digest `bson:"reset_token"` // keyed HMAC-SHA-256: verify only
//	}
//	users.InsertOne(ctx, User{SSN: fieldcrypt.String(ssn), ResetToken: fieldcrypt.DigestOf(token)})
//	users.FindOne(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(presented)})
//
// Keys are Tink keysets (github.com/tink-crypto/tink-go/v2): every key
// still in a keyset decrypts, the primary key encrypts, Rotate adds a new
// primary, and Reencrypt rewrites a collection under it, resumably.
// Migration mode reads legacy plaintext while Reencrypt encrypts it.
//
// A ciphertext is bound to the registry's scope and to the field path of
// its value (associated data), so a value copied to another field or
// another collection does not decrypt. It is not bound to its document:
// swapping the same field between two documents of one collection is not
// detected.
//
// Values of these types refuse to be encoded by any other registry, so
// nothing is written in plaintext by a collection that was not given the
// registry.
//
// The design, the formats, the step-by-step migration and the measured
// costs are in docs/fieldcrypt.md of the cryptolint repository.
package fieldcrypt
