// Package users stores accounts: plaintextsecret cases for the
// golangci-lint end-to-end test.
package users

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/golangcifixture/store"
)

// Account is the stored document.
type Account struct {
	Email        string `bson:"email"`
	Password     string `bson:"password"`
	MemberNumber string `bson:"member_number"`
}

// Request is a sign-up form as received.
type Request struct {
	Email, Password, Member string
}

// Create writes the password in plaintext, directly with the driver: CL101.
func Create(ctx context.Context, coll *mongo.Collection, req *Request) error {
	_, err := coll.InsertOne(ctx, &Account{Email: req.Email, Password: req.Password})
	return err
}

// Enroll writes the member number through the store wrapper: reported
// (CL101) only when the plaintextsecret names setting makes "member
// number" sensitive.
func Enroll(ctx context.Context, coll *mongo.Collection, req *Request) error {
	return store.Insert(ctx, coll, &Account{Email: req.Email, MemberNumber: req.Member})
}
