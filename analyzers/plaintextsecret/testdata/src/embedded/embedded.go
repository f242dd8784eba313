// Package embedded: secrets formatted into other strings (an e-mail body,
// a link) are stored with them, whatever the key is called.
package embedded

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Message struct {
	To       string `bson:"to"`
	Subject  string `bson:"subject"`
	BodyHTML string `bson:"body_html"`
}

func newToken() string { // want newToken:`returns a new secret`
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func SendOTP(ctx context.Context, c *mongo.Collection, email, otp string) {
	body := fmt.Sprintf("<p>Your code is <b>%s</b></p>", otp)
	c.InsertOne(ctx, &Message{To: email, Subject: "Your code", BodyHTML: body}) // want `\*embedded.Message written by InsertOne stores BodyHTML \(key "body_html", which embeds otp\) in plaintext`
}

// Through a link built first.
func SendReset(ctx context.Context, c *mongo.Collection, email string) {
	resetToken := newToken()
	link := "https://example.com/reset?token=" + resetToken
	body := fmt.Sprintf("<a href=%q>Reset your password</a>", link)
	c.InsertOne(ctx, bson.M{"to": email, "body": body}) // want `document written by InsertOne stores key "body" \(which embeds resetToken\) in plaintext`
}

// The negatives: a message with no secret in it, numbers about a secret,
// a digest formatted in, and a filter built with one.
func SendWelcome(ctx context.Context, c *mongo.Collection, email, name string) {
	c.InsertOne(ctx, &Message{To: email, BodyHTML: fmt.Sprintf("<p>Welcome, %s</p>", name)})
}

func SendPolicy(ctx context.Context, c *mongo.Collection, email string, otpLength int, tokenType string) {
	c.InsertOne(ctx, &Message{To: email, BodyHTML: fmt.Sprintf("codes have %d digits; tokens are %s", otpLength, tokenType)})
}

func SendDigest(ctx context.Context, c *mongo.Collection, email, token string) {
	sum := sha256.Sum256([]byte(token))
	tokenHash := hex.EncodeToString(sum[:])
	c.InsertOne(ctx, &Message{To: email, BodyHTML: fmt.Sprintf("audit: %s", tokenHash)})
}

func Lookup(ctx context.Context, c *mongo.Collection, otp string) {
	c.FindOne(ctx, bson.M{"cache_key": fmt.Sprintf("otp:%s", otp)})
}
