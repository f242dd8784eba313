// Package model builds documents in helper functions and methods.
package model

import (
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
)

type Key struct {
	Owner  string
	Secret string
	Name   string
}

// ToBSON returns the update document of a key.
func (k *Key) ToBSON() bson.M { // want ToBSON:`returns document with "api_key" from receiver field Secret`
	return bson.M{"api_key": k.Secret, "name": k.Name, "owner": k.Owner}
}

// Doc returns a document holding its argument.
func Doc(token string) bson.M { // want Doc:`returns document with "refresh_token" from param 0`
	return bson.M{"refresh_token": token}
}

// Sealed returns a document holding a hash it makes itself.
func Sealed(s string) bson.M { // want Sealed:`returns document with "token" from protected value`
	sum := sha256.Sum256([]byte(s))
	return bson.M{"token": hex.EncodeToString(sum[:])}
}

// Public has no sensitive key: no fact.
func Public(name string) bson.M { return bson.M{"name": name} }

// EncryptSecret is named like a protector, but only encodes its input.
func EncryptSecret(s string) string { // want EncryptSecret:`only encodes its parameter`
	return hex.EncodeToString([]byte(s))
}

// hashIdentity returns its input: a placeholder that protects nothing.
func hashIdentity(s string) string { return s } // want hashIdentity:`only encodes its parameter`

// StoredSecret hashes: the encoding-only helper is seen through.
func StoredSecret(s string) string { return hashIdentity(Digest(s)) } // want StoredSecret:`hashed result`

// Digest is a SHA-256 of s.
func Digest(s string) string { // want Digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
