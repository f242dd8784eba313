// Package users stores the shop's customer accounts: the version of
// ../example/users fixed with fieldcrypt.
package users

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/cryptolint/cryptolint/fieldcrypt"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"golang.org/x/crypto/bcrypt"
)

// Scope binds the collection's ciphertexts to it.
const Scope = "shop.accounts"

// Account is the stored document.
type Account struct {
	ID           bson.ObjectID     `bson:"_id,omitempty"`
	Email        fieldcrypt.String `bson:"email"`
	EmailIndex   fieldcrypt.Digest `bson:"email_index"` // blind index: lookup by e-mail
	PasswordHash []byte            `bson:"password_hash"`
	TOTPSecret   fieldcrypt.String `bson:"totp_secret"` // needed back to check codes: encrypted
	Payment      Payment           `bson:"payment"`
	CreatedAt    time.Time         `bson:"created_at"`
}

// Payment holds the card on file.
type Payment struct {
	CardNumber fieldcrypt.String `bson:"card_number"`
	CardLast4  string            `bson:"card_last4"`
}

// Store writes accounts.
type Store struct{ coll *mongo.Collection }

// New returns the store of db's accounts, encrypted with keys.
func New(db *mongo.Database, keys *fieldcrypt.Keys) *Store {
	return &Store{coll: db.Collection("accounts", options.Collection().SetRegistry(keys.Registry(Scope)))}
}

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

// SignUp hashes the password and encrypts the e-mail, card number and TOTP
// secret.
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
		Email:        fieldcrypt.String(req.Email),
		EmailIndex:   fieldcrypt.DigestOf(strings.ToLower(req.Email)),
		PasswordHash: hash,
		TOTPSecret:   fieldcrypt.String(req.TOTP),
		Payment:      Payment{CardNumber: fieldcrypt.String(req.Card), CardLast4: req.Card[len(req.Card)-4:]},
		CreatedAt:    time.Now(),
	})
}

// ByEmail finds an account through the blind index.
func (s *Store) ByEmail(ctx context.Context, email string) (*Account, error) {
	var a Account
	err := s.coll.FindOne(ctx, bson.M{"email_index": fieldcrypt.DigestOf(strings.ToLower(email))}).Decode(&a)
	return &a, err
}

// StartReset stores only a keyed digest of the reset token.
func (s *Store) StartReset(ctx context.Context, id bson.ObjectID) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	token := hex.EncodeToString(b)
	_, err := s.coll.UpdateByID(ctx, id, bson.M{"$set": bson.M{"reset_token": fieldcrypt.DigestOf(token)}})
	return token, err
}

// FinishReset finds the account by the digest of the presented token.
func (s *Store) FinishReset(r *http.Request) error {
	presented := r.URL.Query().Get("token")
	return s.coll.FindOne(r.Context(), bson.M{"reset_token": fieldcrypt.DigestOf(presented)}).Err()
}
