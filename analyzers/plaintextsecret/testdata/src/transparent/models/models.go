// Package models declares documents whose MarshalBSON hooks fill
// timestamps and then marshal the document's own fields: the driver
// writes the fields as they are.
package models

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
)

type DriverRequest struct {
	NIC           string    `bson:"nic_no"`
	DriverLicense string    `bson:"driver_license"`
	CreatedAt     time.Time `bson:"created_at"`
	UpdatedAt     time.Time `bson:"updated_at"`
}

func (u *DriverRequest) MarshalBSON() ([]byte, error) { // want MarshalBSON:`marshals its own fields`
	if u.CreatedAt.IsZero() {
		u.CreatedAt = time.Now()
	}
	u.UpdatedAt = time.Now()
	type t DriverRequest
	return bson.Marshal((*t)(u))
}

// Account's hook hashes the password before it marshals itself: the
// type protects its field.
type Account struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
}

func (a *Account) MarshalBSON() ([]byte, error) { // want MarshalBSON:`protects receiver Password`
	sum := sha256.Sum256([]byte(a.Password))
	a.Password = hex.EncodeToString(sum[:])
	type t Account
	return bson.Marshal((*t)(a))
}

// Card marshals a view without the number: not its own fields.
type Card struct {
	Holder string `bson:"holder"`
	Number string `bson:"number"`
}

func (c *Card) MarshalBSON() ([]byte, error) {
	return bson.Marshal(struct {
		Holder string `bson:"holder"`
	}{c.Holder})
}
