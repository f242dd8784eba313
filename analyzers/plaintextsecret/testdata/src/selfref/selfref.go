// Package selfref: a method that returns its receiver as it is
// (GetValue) hands the driver the document itself, so what the document
// holds is what is written; a method that changes or copies its receiver
// first is not such an accessor.
package selfref

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type Provider struct {
	Name        string `bson:"name"`
	AuthIdToken string `bson:"idToken"`
}

type User struct {
	Email     string     `bson:"email"`
	Password  string     `bson:"password"`
	Providers []Provider `bson:"providers"`
}

func (u *User) GetValue() *User { return u } // want GetValue:`returns the receiver`

func (u User) Value() User { return u } // want Value:`returns the receiver`

// Public clears the password of its copy: not the receiver as it is.
func (u User) Public() User {
	u.Password = ""
	return u
}

type signup struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	IDToken  string `json:"id_token"`
}

func Register(c *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in signup
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			return
		}
		u := &User{Email: in.Email, Password: in.Password}
		u.Providers = append(u.Providers, Provider{Name: "google", AuthIdToken: in.IDToken})
		_, _ = c.InsertOne(r.Context(), u.GetValue()) // want `\*selfref\.User written by InsertOne stores Password \(key "password"\), AuthIdToken \(key "providers\.idToken"\) in plaintext`
	}
}

func RegisterHashed(c *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in signup
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			return
		}
		h, err := bcrypt.GenerateFromPassword([]byte(in.Password), bcrypt.DefaultCost)
		if err != nil {
			return
		}
		u := User{Email: in.Email, Password: string(h)}
		_, _ = c.InsertOne(r.Context(), u.Value())
		// Public's copy has no password: a write of it stores none.
		_, _ = c.InsertOne(r.Context(), User{Email: in.Email, Password: in.Password}.Public())
	}
}

func save(ctx context.Context, c *mongo.Collection, u *User) error { // want save:`writes param 2 via save -> InsertOne`
	_, err := c.InsertOne(ctx, u.GetValue())
	return err
}
