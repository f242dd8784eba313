package paramfield

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Account's token is issued by the server: issueAccount sets it on every
// path before the write, so a caller's value never reaches the field and
// the finding is at the write, not at the handler that decoded the
// request.
type Account struct {
	Name     string `json:"name" bson:"name"`
	APIToken string `json:"api_token" bson:"api_token"`
}

func newAPIToken() string { // want newAPIToken:`returns a new secret`
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func issueAccount(ctx context.Context, c *mongo.Collection, a *Account) error { // want issueAccount:`writes param 2 via issueAccount -> InsertOne`
	a.APIToken = newAPIToken()
	_, err := c.InsertOne(ctx, a) // want `\*paramfield\.Account written by InsertOne stores APIToken \(key "api_token"\) in plaintext`
	return err
}

// renameAccount keeps the client's token when it sends one: reported at
// the handler, and at the write for the token it issues otherwise.
func renameAccount(ctx context.Context, c *mongo.Collection, a *Account) error { // want renameAccount:`writes param 2 via renameAccount -> InsertOne`
	if a.APIToken == "" {
		a.APIToken = newAPIToken()
	}
	_, err := c.InsertOne(ctx, a) // want `\*paramfield\.Account written by InsertOne stores APIToken \(key "api_token"\) in plaintext`
	return err
}

func HandleIssue(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var a Account
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		return err
	}
	if r.URL.Query().Get("rename") != "" {
		return renameAccount(ctx, c, &a) // want `\*paramfield\.Account written by renameAccount -> InsertOne stores APIToken \(key "api_token"\) in plaintext`
	}
	return issueAccount(ctx, c, &a)
}

// Config's key is the caller's: storeConfig only normalises it (the
// escapes a form left) before the write, so the handler that decoded it
// is reported, not the write; and HandleConfig's own normalising
// leaves it the client's value.
type Config struct {
	Name       string      `json:"name" bson:"name"`
	Encryption *Encryption `json:"encryption" bson:"encryption"`
	Password   string      `json:"password" bson:"password"`
}

type Encryption struct {
	PrivateKey string `json:"private_key" bson:"private_key"`
}

func storeConfig(ctx context.Context, c *mongo.Collection, cfg Config) error { // want storeConfig:`writes param 2 via storeConfig -> InsertOne`
	if cfg.Encryption != nil {
		k := cfg.Encryption.PrivateKey
		k = strings.ReplaceAll(k, `\n`, "\n")
		cfg.Encryption.PrivateKey = k
	}
	cfg.Password = strings.TrimSpace(cfg.Password)
	_, err := c.InsertOne(ctx, cfg)
	return err
}

// storeDefault replaces the password with one of its own: reported at
// the write; the private key stays the caller's.
func storeDefault(ctx context.Context, c *mongo.Collection, cfg Config) error { // want storeDefault:`writes param 2 via storeDefault -> InsertOne`
	cfg.Password = strings.TrimSpace(newAPIToken())
	_, err := c.InsertOne(ctx, cfg) // want `paramfield\.Config written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}

func HandleConfig(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var cfg Config
	if err := json.NewDecoder(r.Body).Decode(&cfg); err != nil {
		return err
	}
	if r.URL.Query().Get("default") != "" {
		return storeDefault(ctx, c, cfg) // want `paramfield\.Config written by storeDefault -> InsertOne stores PrivateKey \(key "encryption\.private_key"\) in plaintext`
	}
	return storeConfig(ctx, c, cfg) // want `paramfield\.Config written by storeConfig -> InsertOne stores PrivateKey \(key "encryption\.private_key"\), Password \(key "password"\) in plaintext`
}
