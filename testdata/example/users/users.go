// Package users stores the shop's customer accounts.
package users

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

// Account is the stored document.
type Account struct {
	ID           bson.ObjectID `bson:"_id,omitempty"`
	Email        string        `bson:"email"`
	PasswordHash []byte        `bson:"password_hash"`
	// TOTPSecret is needed in clear to check codes: it should be encrypted
	// (CSFLE or explicit encryption), and is not.
	TOTPSecret string    `bson:"totp_secret"`
	Payment    Payment   `bson:"payment"`
	CreatedAt  time.Time `bson:"created_at"`
}

// Payment holds the card on file.
type Payment struct {
	CardNumber string `bson:"card_number"`
	CardLast4  string `bson:"card_last4"`
}

// Store writes accounts.
type Store struct{ coll *mongo.Collection }

// Insert is a wrapper: findings are reported at its callers, where the
// account's values are known.
func (s *Store) Insert(ctx context.Context, a *Account) error {
	_, err := s.coll.InsertOne(ctx, a)
	return err
}

// SignUpRequest is the JSON body of the sign-up endpoint.
type SignUpRequest struct {
	Email, Password, Card, TOTP string
}

// SignUp hashes the password correctly, but stores the card number and
// the TOTP secret as they are.
func (s *Store) SignUp(r *http.Request) error {
	var req SignUpRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return err
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return s.Insert(r.Context(), &Account{
		Email:        req.Email,
		PasswordHash: hash,
		TOTPSecret:   req.TOTP,
		Payment:      Payment{CardNumber: req.Card, CardLast4: req.Card[len(req.Card)-4:]},
		CreatedAt:    time.Now(),
	})
}

// StartReset stores the reset token itself, and later looks it up by the
// raw value.
func (s *Store) StartReset(ctx context.Context, id bson.ObjectID) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	token := hex.EncodeToString(b)
	_, err := s.coll.UpdateByID(ctx, id, bson.M{"$set": bson.M{"reset_token": token}})
	return token, err
}

// FinishReset finds the account by the presented token.
func (s *Store) FinishReset(r *http.Request) error {
	presented := r.URL.Query().Get("token")
	return s.coll.FindOne(r.Context(), bson.M{"reset_token": presented}).Err()
}

// StartResetHashed is the correct version: only a hash of the token is
// stored, and the lookup hashes the presented token.
func (s *Store) StartResetHashed(ctx context.Context, id bson.ObjectID) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	token := hex.EncodeToString(b)
	sum := sha256.Sum256([]byte(token))
	_, err := s.coll.UpdateByID(ctx, id, bson.M{"$set": bson.M{"reset_token_hash": hex.EncodeToString(sum[:])}})
	return token, err
}
