// Package libfilled: a struct a library returns holds what the library
// put in its fields (an *oauth2.Token from Exchange); one the program
// builds holds what the program sets.
package libfilled

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/oauth2"
)

type Link struct {
	UserID string        `bson:"user_id"`
	Token  *oauth2.Token `bson:"token"`
}

func link(ctx context.Context, c *mongo.Collection, conf *oauth2.Config, code string) error {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, Link{UserID: "u", Token: tok}) // want `libfilled\.Link written by InsertOne stores AccessToken \(key "token\.accesstoken"\), RefreshToken \(key "token\.refreshtoken"\) in plaintext`
	return err
}

// built makes the token itself, without a refresh token, and the access
// token left empty.
func built(ctx context.Context, c *mongo.Collection) error {
	tok := &oauth2.Token{TokenType: "bearer"}
	_, err := c.InsertOne(ctx, Link{UserID: "u", Token: tok})
	return err
}

var _, _ = link, built

// Provider is an OAuth provider the handler gets from a registry: the
// GitHub implementation fills the account's tokens from the exchange, so
// the account it returns holds them; Static's Profile fills nothing
// sensitive.
type Provider interface {
	Authorized(ctx context.Context, code string) (Account, error)
	Profile(ctx context.Context) (Account, error)
}

type Account struct {
	Login        string `bson:"login"`
	AccessToken  string `bson:"access_token"`
	RefreshToken string `bson:"refresh_token"`
}

type GitHub struct{ conf *oauth2.Config }

func (g *GitHub) Authorized(ctx context.Context, code string) (Account, error) { // want Authorized:`fills AccessToken, RefreshToken`
	tok, err := g.conf.Exchange(ctx, code)
	if err != nil {
		return Account{}, err
	}
	return Account{Login: "octocat", AccessToken: tok.AccessToken, RefreshToken: tok.RefreshToken}, nil
}

func (g *GitHub) Profile(ctx context.Context) (Account, error) { // want Profile:`protects AccessToken, RefreshToken`
	return Account{Login: "octocat"}, nil
}

func callback(ctx context.Context, c *mongo.Collection, p Provider, code string) error { // want callback:`passes a parameter to a pending call`
	acc, err := p.Authorized(ctx, code)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, acc) // want `libfilled\.Account written by InsertOne stores AccessToken \(key "access_token"\), RefreshToken \(key "refresh_token"\) in plaintext`
	return err
}

func profile(ctx context.Context, c *mongo.Collection, p Provider) error {
	acc, err := p.Profile(ctx)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, acc)
	return err
}

var _, _ = callback, profile
