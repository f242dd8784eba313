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
