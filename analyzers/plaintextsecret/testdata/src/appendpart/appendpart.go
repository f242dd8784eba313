// Package appendpart: a provider appended to a user's list before the
// user is written, built by a constructor from a parameter or as a
// literal holding one, holds what the callers passed: the finding is at
// the caller that holds the request, and a caller that hashes the value
// first writes nothing plain.
package appendpart

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Provider struct {
	Name        string    `bson:"name"`
	AuthIdToken string    `bson:"idToken"`
	AddedAt     time.Time `bson:"addedAt"`
}

type User struct {
	Email     string     `bson:"email"`
	Providers []Provider `bson:"providers"`
	Verified  bool       `bson:"verified"`
}

func NewUser(email string) (*User, error) {
	return &User{Email: email, Providers: []Provider{}}, nil
}

func NewAuthProvider(token, name string) (*Provider, error) { // want NewAuthProvider:`fills AuthIdToken`
	p := Provider{AuthIdToken: token, Name: name, AddedAt: time.Now()}
	return &p, nil
}

type Service struct{ c *mongo.Collection }

// SignUp appends the provider a constructor made from the token.
func (s *Service) SignUp(ctx context.Context, idToken, email string) error { // want SignUp:`writes param 1 as "providers.idToken" via SignUp -> InsertOne`
	user, err := NewUser(email)
	if err != nil {
		return err
	}
	p, err := NewAuthProvider(idToken, "google")
	if err != nil {
		return err
	}
	user.Verified = true
	user.Providers = append(user.Providers, *p)
	_, err = s.c.InsertOne(ctx, user)
	return err
}

// Link appends a literal holding the token to the stored user.
func (s *Service) Link(ctx context.Context, email, idToken string) error { // want Link:`writes param 2 as "providers.idToken" via Link -> UpdateOne`
	var user User
	if err := s.c.FindOne(ctx, bson.M{"email": email}).Decode(&user); err != nil {
		return err
	}
	user.Providers = append(user.Providers, Provider{Name: "google", AuthIdToken: idToken, AddedAt: time.Now()})
	_, err := s.c.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": user})
	return err
}

// Unlinked appends a provider without a token.
func (s *Service) Unlinked(ctx context.Context, email string) error {
	var user User
	if err := s.c.FindOne(ctx, bson.M{"email": email}).Decode(&user); err != nil {
		return err
	}
	user.Providers = append(user.Providers, Provider{Name: "password"})
	_, err := s.c.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": user})
	return err
}

type login struct {
	IDToken string `json:"id_token"`
	Email   string `json:"email"`
}

func Handle(s *Service) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in login
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			return
		}
		_ = s.SignUp(r.Context(), in.IDToken, in.Email) // want `value written by SignUp -> InsertOne stores key "providers\.idToken" in plaintext`
		_ = s.Link(r.Context(), in.Email, in.IDToken)   // want `value written by Link -> UpdateOne stores key "providers\.idToken" in plaintext`
		sum := sha256.Sum256([]byte(in.IDToken))
		_ = s.SignUp(r.Context(), hex.EncodeToString(sum[:]), in.Email)
		_ = s.Unlinked(r.Context(), in.Email)
	}
}
