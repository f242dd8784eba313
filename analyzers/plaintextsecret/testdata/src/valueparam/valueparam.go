// Package valueparam: a use case that takes the user by value, hashes its
// password into its own copy through an interface and hands the copy to
// the repository replaces the password its callers sent; one that does not
// hash passes it on.
package valueparam

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	Email    string `bson:"email" json:"email"`
	Password string `bson:"password" json:"password"`
}

type PasswordService interface {
	HashPassword(pw string) (string, error)
}

type Repo struct{ c *mongo.Collection }

func (r *Repo) create(ctx context.Context, u User) error { // want create:`writes param 1 via create -> InsertOne`
	_, err := r.c.InsertOne(ctx, u)
	return err
}

type Usecase struct {
	pw   PasswordService
	repo *Repo
}

func (uc *Usecase) Register(ctx context.Context, user User) error { // want Register:`writes param 1 via Register -> create -> InsertOne replacing Password`
	hashed, err := uc.pw.HashPassword(user.Password)
	if err != nil {
		return err
	}
	user.Password = hashed
	return uc.repo.create(ctx, user)
}

func (uc *Usecase) Import(ctx context.Context, user User) error { // want Import:`writes param 1 via Import -> create -> InsertOne`
	return uc.repo.create(ctx, user)
}

func Handle(uc *Usecase) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var u User
		if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
			return
		}
		uc.Register(r.Context(), u)
		uc.Import(r.Context(), u) // want `valueparam\.User written by Import -> create -> InsertOne stores Password \(key "password"\) in plaintext`
	}
}

// Account keeps its tokens in a sub-document; SetReset puts a parameter
// into it and writes the whole account: its callers' values are judged.
type Tokens struct {
	Reset string `bson:"reset_token"`
}

type Account struct {
	Email  string `bson:"email"`
	Tokens Tokens `bson:"tokens"`
}

func (r *Repo) update(ctx context.Context, a *Account) error { // want update:`writes param 1 via update -> ReplaceOne`
	_, err := r.c.ReplaceOne(ctx, bson.M{"email": a.Email}, a)
	return err
}

func (r *Repo) SetReset(ctx context.Context, a *Account, token string) error { // want SetReset:`writes param 1 via SetReset -> update -> ReplaceOne replacing Tokens.Reset, param 2 as "tokens.reset_token" via SetReset -> update -> ReplaceOne`
	a.Tokens.Reset = token
	return r.update(ctx, a)
}

func Forgot(ctx context.Context, r *Repo, a *Account) error { // want Forgot:`writes param 2 via Forgot -> SetReset -> update -> ReplaceOne`
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return err
	}
	return r.SetReset(ctx, a, hex.EncodeToString(b)) // want `value written by SetReset -> update -> ReplaceOne stores key "tokens\.reset_token" in plaintext`
}

// ClearReset puts an empty token: nothing to report.
func ClearReset(ctx context.Context, r *Repo, a *Account) error { // want ClearReset:`writes param 2 via ClearReset -> SetReset -> update -> ReplaceOne`
	return r.SetReset(ctx, a, "")
}
