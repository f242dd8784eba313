package paramfield

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"

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

func newAPIToken() string {
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
