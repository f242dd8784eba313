// Package core is a shared library that keeps accounts as untyped maps:
// its helpers fill keys of the caller's map.
package core

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

// GenerateAndHashOTP makes a one-time code, puts its bcrypt hash under
// data["password"] and returns the code to mail: the caller's map holds
// the hash afterwards.
func GenerateAndHashOTP(data map[string]interface{}) (string, error) { // want GenerateAndHashOTP:`protects keys password of param 0`
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	otp := hex.EncodeToString(b)
	hashed, err := bcrypt.GenerateFromPassword([]byte(otp), bcrypt.DefaultCost)
	if err != nil {
		return "", err
	}
	data["password"] = string(hashed)
	return otp, nil
}

// Normalize trims the map's values: the password it leaves as it was.
func Normalize(data map[string]interface{}) { // want Normalize:`fills keys password of param 0`
	data["email"] = "x"
	data["password"] = data["password"]
}

// SetTemporary puts a fixed temporary password in the map.
func SetTemporary(data map[string]interface{}) { // want SetTemporary:`fills keys password of param 0`
	data["password"] = "changeme"
}

// CreateLoginRecord stores the login under the password it is given.
func CreateLoginRecord(ctx context.Context, c *mongo.Collection, email, password string) error { // want CreateLoginRecord:`writes param 3 as "password" via CreateLoginRecord -> InsertOne`
	_, err := c.InsertOne(ctx, bson.M{"email": email, "password": password})
	return err
}
