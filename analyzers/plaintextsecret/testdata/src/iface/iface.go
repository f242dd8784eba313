// Package iface declares repository interfaces with a MongoDB and a
// memory implementation in the same package: an interface call goes to
// the implementations that write.
package iface

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Account struct {
	Email  string `bson:"email"`
	APIKey string `bson:"api_key"`
}

type Store interface {
	Put(ctx context.Context, a *Account) error
	SetToken(ctx context.Context, id, token string) error
}

type mongoStore struct{ c *mongo.Collection }

func (m *mongoStore) Put(ctx context.Context, a *Account) error { // want Put:`writes param 1 via Put -> InsertOne`
	_, err := m.c.InsertOne(ctx, a)
	return err
}

func (m *mongoStore) SetToken(ctx context.Context, id, token string) error { // want SetToken:`writes param 2 as "refresh_token" via SetToken -> UpdateOne`
	_, err := m.c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"refresh_token": token}})
	return err
}

type memStore map[string]*Account

func (m memStore) Put(_ context.Context, a *Account) error { m[a.Email] = a; return nil }

func (m memStore) SetToken(context.Context, string, string) error { return nil }

func newKey() string { return "k" }

func digest(s string) string { // want digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func Create(ctx context.Context, s Store, email string) error {
	return s.Put(ctx, &Account{Email: email, APIKey: newKey()}) // want `\*iface.Account written by Store.Put -> Put -> InsertOne stores APIKey \(key "api_key"\) in plaintext; store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse \(fieldcrypt\.Digest, fieldcrypt\.String\) \(CL101\)`
}

func CreateHashed(ctx context.Context, s Store, email string) error {
	return s.Put(ctx, &Account{Email: email, APIKey: digest(newKey())})
}

func Refresh(ctx context.Context, s Store, id string) error { // want Refresh:`passes a parameter to a pending call`
	return s.SetToken(ctx, id, newKey()) // want `value written by Store.SetToken -> SetToken -> UpdateOne stores key "refresh_token" in plaintext`
}

// Forward passes its parameter on through the interface: a wrapper, like
// a function calling the implementation directly.
func Forward(ctx context.Context, s Store, id, token string) error { // want Forward:`writes param 3 as "refresh_token" via Forward -> Store.SetToken -> SetToken -> UpdateOne` Forward:`passes a parameter to a pending call`
	return s.SetToken(ctx, id, token)
}

func UseForward(ctx context.Context, s Store) error {
	return Forward(ctx, s, "id", newKey()) // want `value written by Forward -> Store.SetToken -> SetToken -> UpdateOne stores key "refresh_token" in plaintext`
}

// Hasher is implemented in another package of the program: only the
// method's name says what it returns. Run-together names are read as the
// names of fields are ("Hashtoken" is hash + token).
type Hasher interface {
	Hashtoken(s string) string
	Hashkey(s string) string
}

func CreateWithHasher(ctx context.Context, s Store, h Hasher, email, key string) error { // want CreateWithHasher:`passes a parameter to a pending call`
	return s.Put(ctx, &Account{Email: email, APIKey: h.Hashtoken(key)})
}

// A hash key (a shard or cache key) is not a protected secret: "key" alone
// names nothing sensitive, so Hashkey says nothing about protection.
func CreateWithHashKey(ctx context.Context, s Store, h Hasher, email, key string) error { // want CreateWithHashKey:`passes a parameter to a pending call`
	return s.Put(ctx, &Account{Email: email, APIKey: h.Hashkey(key)}) // want `\*iface.Account written by Store.Put -> Put -> InsertOne stores APIKey \(key "api_key"\) in plaintext`
}

// Register writes the account on one path before it hashes the key: what
// the write stores is what was assigned before it, so the caller's raw
// key reaches the first Put.
func Register(ctx context.Context, s Store, h Hasher, a *Account, again bool) error { // want Register:`passes a parameter to a pending call` Register:`writes param 3 via Register -> Store.Put -> Put -> InsertOne$`
	if again {
		return s.Put(ctx, a)
	}
	a.APIKey = h.Hashtoken(a.APIKey)
	return s.Put(ctx, a)
}

func UseRegister(ctx context.Context, s Store, h Hasher) error {
	return Register(ctx, s, h, &Account{Email: "e", APIKey: newKey()}, false) // want `\*iface.Account written by Register -> Store.Put -> Put -> InsertOne stores APIKey \(key "api_key"\) in plaintext`
}

// RegisterHashed hashes before every write.
func RegisterHashed(ctx context.Context, s Store, h Hasher, a *Account) error { // want RegisterHashed:`passes a parameter to a pending call` RegisterHashed:`writes param 3 via RegisterHashed -> Store.Put -> Put -> InsertOne replacing APIKey`
	a.APIKey = h.Hashtoken(a.APIKey)
	return s.Put(ctx, a)
}

func UseRegisterHashed(ctx context.Context, s Store, h Hasher) error {
	return RegisterHashed(ctx, s, h, &Account{Email: "e", APIKey: newKey()})
}
