// Package eval is the labelled corpus of the precision/recall evaluation
// (eval_test.go). Every write carries a label: "expect CLnnn" when the
// write stores (or looks up) a secret unprotected, "expect clean" when it
// does not. Known misses and known false alarms stay in the corpus, so
// the figures are honest; they are listed in eval_test.go.
package eval

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email        string `bson:"email"`
	Password     string `bson:"password"`
	PasswordHash string `bson:"password_hash"`
	APIKey       string `bson:"api_key"`
	APIKeyPrefix string `bson:"api_key_prefix"`
}

type Customer struct {
	Name       string `bson:"name"`
	SSN        string `bson:"ssn"`
	CardNumber string `bson:"card_number"`
	CardLast4  string `bson:"card_last4"`
	IBAN       string `bson:"iban"`
}

type Integration struct {
	Provider     string `bson:"provider"`
	ClientID     string `bson:"client_id"`
	ClientSecret string `bson:"client_secret"`
	WebhookURL   string `bson:"webhook_url"`
	PrivateKey   []byte `bson:"private_key"`
}

type Stats struct {
	TokensUsed int    `bson:"tokens_used"`
	KeyCount   int    `bson:"key_count"`
	Keyboard   string `bson:"keyboard"`
	Spinner    string `bson:"spinner"`
	Passage    string `bson:"passage"`
}

func decode[T any](r *http.Request) T {
	var v T
	_ = json.NewDecoder(r.Body).Decode(&v)
	return v
}

func hashPassword(pw string) string {
	h, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	return string(h)
}

// newUser hashes the password inside a constructor.
func newUser(email, pw string) *User {
	return &User{Email: email, Password: hashPassword(pw)}
}

func handlers(ctx context.Context, db *mongo.Database, r *http.Request) {
	users, customers, integrations, stats := db.Collection("users"), db.Collection("customers"), db.Collection("integrations"), db.Collection("stats")
	req := decode[struct{ Email, Password, Key, SSN, Card, Secret, Token string }](r)

	users.InsertOne(ctx, User{Email: req.Email, Password: req.Password})               // expect CL101
	users.InsertOne(ctx, User{Email: req.Email, Password: hashPassword(req.Password)}) // expect clean
	users.InsertOne(ctx, User{Email: req.Email, PasswordHash: req.Password})           // expect CL101 (named as a hash, it holds the posted password)
	users.InsertOne(ctx, newUser(req.Email, req.Password))                             // expect clean
	users.InsertOne(ctx, User{Email: req.Email, APIKey: req.Key})                      // expect CL101
	users.InsertOne(ctx, User{Email: req.Email, APIKeyPrefix: req.Key[:8]})            // expect clean
	sum := sha256.Sum256([]byte(req.Key))
	users.InsertOne(ctx, User{Email: req.Email, APIKey: hex.EncodeToString(sum[:])})                   // expect clean
	users.UpdateOne(ctx, bson.M{"email": req.Email}, bson.M{"$set": bson.M{"password": req.Password}}) // expect CL101
	users.UpdateOne(ctx, bson.M{"email": req.Email}, bson.M{"$set": bson.M{"password_changed_at": 1}}) // expect clean

	customers.InsertOne(ctx, Customer{Name: "n", SSN: req.SSN})                          // expect CL101
	customers.InsertOne(ctx, Customer{Name: "n", CardLast4: req.Card[len(req.Card)-4:]}) // expect clean
	customers.InsertOne(ctx, bson.M{"name": "n", "iban": req.Card})                      // expect CL101
	customers.FindOne(ctx, bson.M{"ssn": req.SSN})                                       // expect CL103
	customers.FindOne(ctx, bson.M{"name": req.SSN})                                      // expect clean

	integrations.InsertOne(ctx, Integration{Provider: "stripe", ClientSecret: req.Secret}) // expect CL101
	integrations.InsertOne(ctx, Integration{Provider: "stripe", ClientID: req.Secret})     // expect clean
	integrations.InsertOne(ctx, Integration{Provider: "x", WebhookURL: req.Secret})        // expect clean
	keySum := sha256.Sum256([]byte(req.Secret))
	integrations.InsertOne(ctx, Integration{Provider: "x", PrivateKey: keySum[:]}) // expect CL101 (a hash does not protect key material)

	stats.InsertOne(ctx, Stats{TokensUsed: 1, KeyCount: 2, Keyboard: req.Key, Spinner: req.Secret, Passage: req.Token}) // expect clean

	// Token generation: hashing random bytes makes the token, it does not protect it.
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	token := base64.RawURLEncoding.EncodeToString(b)
	users.UpdateOne(ctx, bson.M{"email": req.Email}, bson.M{"$set": bson.M{"reset_token": token}}) // expect CL101
	digest := sha256.Sum256(b)
	users.UpdateOne(ctx, bson.M{"email": req.Email}, bson.M{"$set": bson.M{"session_token": hex.EncodeToString(digest[:])}}) // expect CL101 (the hash of random bytes is the token)

	// A document built by index assignment.
	doc := bson.M{"email": req.Email}
	doc["password"] = req.Password
	users.InsertOne(ctx, doc) // expect CL101

	// A method value as the sink.
	insert := users.InsertOne
	insert(ctx, bson.M{"api_key": req.Key}) // expect CL101

	// A document behind an interface variable.
	var anyDoc any = User{Email: req.Email, Password: req.Password}
	users.InsertOne(ctx, anyDoc) // expect CL101
}
