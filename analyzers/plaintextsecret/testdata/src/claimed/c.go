// Package claimed: a field named as protected (PasswordHash) that holds
// exactly what the client sent is the secret in plaintext; one that holds
// anything else is left to its name.
package claimed

import (
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email        string `bson:"email"`
	PasswordHash string `bson:"password_hash"`
}

type Request struct{ Email, Password string }

func hashOf(s string) string { return s[:0] + "h" } // want hashOf:`hashed result`

func create(w http.ResponseWriter, r *http.Request, c *mongo.Collection) {
	var req Request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	c.InsertOne(r.Context(), User{Email: req.Email, PasswordHash: req.Password}) // want `claimed\.User written by InsertOne stores PasswordHash \(key "password_hash"\) in plaintext`
	h, _ := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	c.InsertOne(r.Context(), User{Email: req.Email, PasswordHash: string(h)})
	c.InsertOne(r.Context(), User{Email: req.Email, PasswordHash: hashOf(req.Password)})
}

var _ = create
