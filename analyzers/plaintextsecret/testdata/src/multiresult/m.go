// Package multiresult: a helper that returns plain and hashed codes
// together; the hashed result is what may be stored. A slice filled
// element by element holds its elements' values.
package multiresult

import (
	"context"
	"crypto/rand"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

func GenerateCodes(n int) (plain []string, hashed []string, err error) { // want GenerateCodes:`hashed results \[1\]`
	plain = make([]string, n)
	hashed = make([]string, n)
	for i := 0; i < n; i++ {
		b := make([]byte, 8)
		if _, err := rand.Read(b); err != nil {
			return nil, nil, err
		}
		code := hex.EncodeToString(b)
		plain[i] = code
		h, err := bcrypt.GenerateFromPassword([]byte(code), bcrypt.DefaultCost)
		if err != nil {
			return nil, nil, err
		}
		hashed[i] = string(h)
	}
	return plain, hashed, nil
}

type User struct {
	Email         string   `bson:"email"`
	RecoveryCodes []string `bson:"recovery_codes"`
}

func store(ctx context.Context, c *mongo.Collection, email string) ([]string, error) { // want store:`returns a new secret`
	plain, hashed, err := GenerateCodes(8)
	if err != nil {
		return nil, err
	}
	_, err = c.InsertOne(ctx, User{Email: email, RecoveryCodes: hashed})
	return plain, err
}

func storePlain(ctx context.Context, c *mongo.Collection, email string) ([]string, error) { // want storePlain:`returns a new secret`
	plain, _, err := GenerateCodes(8)
	if err != nil {
		return nil, err
	}
	_, err = c.InsertOne(ctx, User{Email: email, RecoveryCodes: plain}) // want `multiresult\.User written by InsertOne stores RecoveryCodes \(key "recovery_codes"\) in plaintext`
	return plain, err
}

func newCode() string { // want newCode:`returns a new secret`
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// elems fills the slice element by element: it holds the codes.
func elems(ctx context.Context, c *mongo.Collection, email string) error {
	codes := make([]string, 3)
	for i := range codes {
		codes[i] = newCode()
	}
	_, err := c.InsertOne(ctx, User{Email: email, RecoveryCodes: codes}) // want `multiresult\.User written by InsertOne stores RecoveryCodes \(key "recovery_codes"\) in plaintext`
	return err
}

// hashedElems hashes each element: nothing to report.
func hashedElems(ctx context.Context, c *mongo.Collection, email string) error {
	codes := make([]string, 3)
	for i := range codes {
		h, _ := bcrypt.GenerateFromPassword([]byte(newCode()), bcrypt.DefaultCost)
		codes[i] = string(h)
	}
	_, err := c.InsertOne(ctx, User{Email: email, RecoveryCodes: codes})
	return err
}

var _, _, _, _ = store, storePlain, elems, hashedElems

// Account is written by a repository behind an interface; SignUp sets
// two fields of its parameter from one call's results before passing it
// on, so those results are what is stored, whatever its callers passed.
type Account struct {
	Email         string   `bson:"email"`
	Token         string   `bson:"token"`
	Refresh_Token string   `bson:"refresh_token"`
	RecoveryCodes []string `bson:"recovery_codes"`
}

type AccountRepo interface {
	InsertAccount(a Account) error
}

type mongoAccounts struct{ c *mongo.Collection }

func (r *mongoAccounts) InsertAccount(a Account) error { // want InsertAccount:`writes param 0 via InsertAccount -> InsertOne`
	_, err := r.c.InsertOne(context.Background(), a)
	return err
}

func signPair(email string) (access, refresh string, err error) {
	return "a." + email + "." + newCode(), "r." + email + "." + newCode(), nil
}

type Accounts struct{ repo AccountRepo }

func (s *Accounts) SignUp(a Account) error { // want SignUp:`passes a parameter to a pending call` SignUp:`writes param 0 via SignUp -> AccountRepo.InsertAccount -> InsertAccount -> InsertOne`
	var err error
	a.Token, a.Refresh_Token, err = signPair(a.Email)
	if err != nil {
		return err
	}
	return s.repo.InsertAccount(a) // want `multiresult\.Account written by AccountRepo\.InsertAccount -> InsertAccount -> InsertOne stores Token \(key "token"\), Refresh_Token \(key "refresh_token"\) in plaintext`
}

// Enroll keeps the hashed result of GenerateCodes only.
func (s *Accounts) Enroll(a Account) ([]string, error) { // want Enroll:`returns a new secret` Enroll:`passes a parameter to a pending call` Enroll:`writes param 0 via Enroll -> AccountRepo.InsertAccount -> InsertAccount -> InsertOne replacing RecoveryCodes`
	var plain []string
	var err error
	plain, a.RecoveryCodes, err = GenerateCodes(8)
	if err != nil {
		return nil, err
	}
	return plain, s.repo.InsertAccount(a)
}
