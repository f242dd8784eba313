// Package paramfield: a field of a parameter put into a document is
// judged at the callers when the package calls the function, and at the
// write when nothing here calls it.
package paramfield

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
}

// UpdateUser $sets the password its caller gives.
func UpdateUser(ctx context.Context, c *mongo.Collection, u User) error { // want UpdateUser:`writes param 2 field Password as "password" via UpdateUser -> UpdateOne`
	_, err := c.UpdateOne(ctx, bson.M{"email": u.Email}, bson.M{"$set": bson.M{"email": u.Email, "password": u.Password}})
	return err
}

// Register hashes the password first: nothing is stored in plaintext.
func Register(ctx context.Context, c *mongo.Collection, email, pw string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return UpdateUser(ctx, c, User{Email: email, Password: string(h)})
}

// Reset stores the new password as it is.
func Reset(ctx context.Context, c *mongo.Collection, email string) error {
	u := User{Email: email}
	u.Password = newPassword()
	return UpdateUser(ctx, c, u) // want `paramfield\.User written by UpdateUser -> UpdateOne stores Password \(key "password"\) in plaintext`
}

func newPassword() string { return "changeme" + "!" }

// SetPassword is exported and nothing here calls it: its parameter's
// field is judged by its callers in other packages (the fact says so), or
// at the write by the command's whole-program step when nothing in the
// program calls it. Modular analysis of this package reports nothing.
func SetPassword(ctx context.Context, c *mongo.Collection, u *User) error { // want SetPassword:`writes param 2 field Password as "password" via SetPassword -> UpdateOne`
	_, err := c.UpdateOne(ctx, bson.M{"email": u.Email}, bson.M{"$set": bson.M{"password": u.Password}})
	return err
}

// setPassword is the same, unexported: only this package can call it
// and does not, so the write is judged here.
func setPassword(ctx context.Context, c *mongo.Collection, u *User) error {
	_, err := c.UpdateOne(ctx, bson.M{"email": u.Email}, bson.M{"$set": bson.M{"password": u.Password}}) // want `document written by UpdateOne stores key "password" in plaintext`
	return err
}
