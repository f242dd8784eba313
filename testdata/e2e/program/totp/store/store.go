// Package store keeps users behind an interface with a MongoDB and a
// memory implementation: what UserByEmail returns is the stored form.
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	ID         string `bson:"_id"`
	Email      string `bson:"email"`
	TOTPSecret string `bson:"totp_secret"`
}

type Store interface {
	UserByEmail(ctx context.Context, email string) (*User, error)
	NewUser(ctx context.Context, email string) (*User, error)
	SetTOTP(ctx context.Context, id, secret string) error
}

type Mongo struct{ col *mongo.Collection }

// mUser is the MongoDB form of a user; toUser maps it to the store's.
type mUser struct {
	ID         string `bson:"_id"`
	Email      string `bson:"email"`
	TOTPSecret string `bson:"totp_secret"`
}

func (u mUser) toUser() *User {
	return &User{ID: u.ID, Email: u.Email, TOTPSecret: u.TOTPSecret}
}

func (m *Mongo) UserByEmail(ctx context.Context, email string) (*User, error) {
	var u mUser
	if err := m.col.FindOne(ctx, bson.M{"email": email}).Decode(&u); err != nil {
		return nil, err
	}
	return u.toUser(), nil
}

// NewUser makes a user with a fresh secret: not a stored document.
func (m *Mongo) NewUser(ctx context.Context, email string) (*User, error) {
	u := &User{Email: email, TOTPSecret: newSecret()}
	return u, nil
}

func (m *Mongo) SetTOTP(ctx context.Context, id, secret string) error {
	_, err := m.col.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"totp_secret": secret}})
	return err
}

// newSecret stands for a TOTP secret generator.
func newSecret() string { return "JBSWY3DPEHPK3PXP" + "x" }

// Memory keeps users in a map: what it returns is what it was given.
type Memory struct{ users map[string]*User }

func (m *Memory) UserByEmail(ctx context.Context, email string) (*User, error) {
	return m.users[email], nil
}

func (m *Memory) NewUser(ctx context.Context, email string) (*User, error) {
	return &User{Email: email}, nil
}

func (m *Memory) SetTOTP(ctx context.Context, id, secret string) error {
	return nil
}
