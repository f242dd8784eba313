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

// UpdateModel is a partial update; the repository copies it into its own
// model and builds the $set from that.
type UpdateModel struct {
	Email    *string
	Password *string
}

type mongoUpdate struct {
	Email    *string `bson:"email,omitempty"`
	Password *string `bson:"password,omitempty"`
}

func setMap(mu *mongoUpdate) bson.M { // want setMap:`returns document with "password" from param 0 field Password`
	set := bson.M{}
	if mu.Email != nil {
		set["email"] = *mu.Email
	}
	if mu.Password != nil {
		set["password"] = *mu.Password
	}
	return set
}

type Repo struct{ c *mongo.Collection }

// Update copies the caller's fields into its own model and $sets them:
// each caller's password is judged at the caller.
func (r *Repo) Update(ctx context.Context, id string, e *UpdateModel) error { // want Update:`writes param 2 field Password as "password" via Update -> UpdateOne`
	mu := &mongoUpdate{Email: e.Email, Password: e.Password}
	_, err := r.c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": setMap(mu)})
	return err
}

func ChangePassword(ctx context.Context, r *Repo, id, pw string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	s := string(h)
	return r.Update(ctx, id, &UpdateModel{Password: &s})
}

// ResetTo sets a password it makes, as it is.
func ResetTo(ctx context.Context, r *Repo, id string) error {
	s := newPassword()
	return r.Update(ctx, id, &UpdateModel{Password: &s}) // want `\*paramfield\.UpdateModel written by Update -> UpdateOne stores Password \(key "password"\) in plaintext`
}

// A field hashed in place by a function given the document, then passed
// on as a value: the hash is what is stored.
func hashUserPassword(u *User) error { // want hashUserPassword:`protects receiver Password`
	h, err := bcrypt.GenerateFromPassword([]byte(u.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	u.Password = string(h)
	return nil
}

func setUserPassword(ctx context.Context, c *mongo.Collection, email, pw string) error { // want setUserPassword:`writes param 3 as "password" via setUserPassword -> UpdateOne`
	_, err := c.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": bson.M{"password": pw}})
	return err
}

func UpdatePasswordHashed(ctx context.Context, c *mongo.Collection, email string) error {
	u := User{Email: email}
	u.Password = newPassword()
	if err := hashUserPassword(&u); err != nil {
		return err
	}
	return setUserPassword(ctx, c, u.Email, u.Password)
}

func UpdatePasswordRaw(ctx context.Context, c *mongo.Collection, email string) error {
	u := User{Email: email}
	u.Password = newPassword()
	err := setUserPassword(ctx, c, u.Email, u.Password) // want `value written by setUserPassword -> UpdateOne stores key "password" in plaintext`
	if err != nil {
		return err
	}
	return hashUserPassword(&u)
}
