// Package valueparam: a use case that takes the user by value, hashes its
// password into its own copy through an interface and hands the copy to
// the repository replaces the password its callers sent; one that does not
// hash passes it on.
package valueparam

import (
	"context"
	"encoding/json"
	"net/http"

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
