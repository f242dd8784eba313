package claimed

import (
	"context"

	"claimed/tokengen"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// ResetToken keeps what its name says is a digest of the reset token.
type ResetToken struct {
	UserID      string `bson:"user_id"`
	TokenDigest string `bson:"token_digest"`
	Nonce       string `bson:"nonce"`
}

func mail(to, token string) {}

func sendReset(ctx context.Context, c *mongo.Collection, userID, email string) {
	// The digest field holds the raw random token that is mailed.
	token := tokengen.SecureToken(8)
	c.InsertOne(ctx, ResetToken{UserID: userID, TokenDigest: token}) // want `claimed\.ResetToken written by InsertOne stores TokenDigest \(key "token_digest"\) in plaintext`
	mail(email, token)

	// The digest of the mailed token: what the name says.
	raw := tokengen.SecureToken(8)
	c.InsertOne(ctx, ResetToken{UserID: userID, TokenDigest: tokengen.Digest(raw)})
	mail(email, raw)

	// A random value under a name that claims nothing sensitive.
	c.InsertOne(ctx, ResetToken{UserID: userID, Nonce: tokengen.SecureToken(8)})

	// Not only random: the generator mixes in its argument, so its
	// result is not known to be a new secret.
	c.InsertOne(ctx, ResetToken{UserID: userID, TokenDigest: tokengen.Salted(userID, 8)})
}

var _ = sendReset
