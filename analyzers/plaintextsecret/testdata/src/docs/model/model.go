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
