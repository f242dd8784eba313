// Package odmhooks: qmgo calls a document's BeforeInsert hook before it
// inserts it; a hook that hashes the document's own password protects it
// on qmgo inserts, not on writes that do not call hooks.
package odmhooks

import (
	"context"

	"github.com/qiniu/qmgo"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
	APIKey   string `bson:"api_key"`
}

// BeforeInsert hashes the password; it leaves the API key as it is.
func (u *User) BeforeInsert(ctx context.Context) error { // want BeforeInsert:`protects receiver Password`
	h, err := bcrypt.GenerateFromPassword([]byte(u.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	u.Password = string(h)
	return nil
}

// Save inserts through qmgo: the hook runs.
func (u *User) Save(ctx context.Context, c *qmgo.Collection) error { // want Save:`writes param -1 via Save -> InsertOne replacing Password`
	_, err := c.InsertOne(ctx, u)
	return err
}

type Request struct{ Email, Password, Key string }

func signup(ctx context.Context, c *qmgo.Collection, r *Request) error {
	u := &User{Email: r.Email, Password: r.Password}
	_, err := c.InsertOne(ctx, u)
	return err
}

func signupWithKey(ctx context.Context, c *qmgo.Collection, r *Request) error {
	u := &User{Email: r.Email, Password: r.Password, APIKey: r.Key}
	_, err := c.InsertOne(ctx, u) // want `\*odmhooks\.User written by InsertOne stores APIKey \(key "api_key"\) in plaintext`
	return err
}

func signupViaSave(ctx context.Context, c *qmgo.Collection, r *Request) error {
	u := &User{Email: r.Email, Password: r.Password}
	return u.Save(ctx, c)
}

// The driver does not call hooks: the password is stored as it came.
func signupDriver(ctx context.Context, c *mongo.Collection, r *Request) error {
	u := &User{Email: r.Email, Password: r.Password}
	_, err := c.InsertOne(ctx, u) // want `\*odmhooks\.User written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}

var _, _, _, _ = signup, signupWithKey, signupViaSave, signupDriver
