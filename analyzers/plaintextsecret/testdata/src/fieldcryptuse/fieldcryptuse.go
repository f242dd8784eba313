package fieldcryptuse

import (
	"context"

	"example.com/fakecrypt"
	"github.com/cryptolint/cryptolint/fieldcrypt"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	Email      string
	SSN        fieldcrypt.String   `bson:"ssn"`
	CardNumber *fieldcrypt.String  `bson:"card_number"`
	Recovery   []fieldcrypt.String `bson:"recovery_codes"`
	Password   fieldcrypt.Digest   `bson:"password"`
	ResetToken fieldcrypt.Digest   `bson:"reset_token"`
	APIKey     fieldcrypt.Digest   `bson:"api_key"`
	SSNIndex   fieldcrypt.Digest   `bson:"ssn_index"` // a blind index
	PrivateKey fieldcrypt.Bytes    `bson:"private_key"`
	TOTPSecret fieldcrypt.Digest   `bson:"totp_secret"` // want `field TOTPSecret \(key "totp_secret"\) holds key material \(totp secret\), but fieldcrypt\.Digest is one-way: the key can never be read back; declare it fieldcrypt\.Bytes or fieldcrypt\.String \(CL104\)`
	SigningKey *fieldcrypt.Digest  `bson:"signing_key"` // want `field SigningKey \(key "signing_key"\) holds key material`
	Ignored    fieldcrypt.Digest   `bson:"-"`
}

// Look-alikes of another package are plaintext.
type Fake struct {
	SSN        fakecrypt.String `bson:"ssn"`
	TOTPSecret fakecrypt.Digest `bson:"totp_secret"`
}

// input stands for a value the program receives.
func input() string { return "" }

func save(ctx context.Context, c *mongo.Collection) {
	ssn, token, seed := input(), input(), input()
	c.InsertOne(ctx, User{
		SSN:        fieldcrypt.String(ssn),
		ResetToken: fieldcrypt.DigestOf(token),
		PrivateKey: fieldcrypt.Bytes(seed),
	})
	// fakecrypt.String is a plain string to the encoder. (A type named
	// Digest is taken at its word by the name heuristics, so TOTPSecret is
	// not reported here; CL104 is for fieldcrypt's Digest only.)
	c.InsertOne(ctx, Fake{ // want `fieldcryptuse\.Fake written by InsertOne stores SSN \(key "ssn"\) in plaintext`
		SSN:        fakecrypt.String(ssn),
		TOTPSecret: fakecrypt.Digest(seed),
	})
}

func lookup(ctx context.Context, c *mongo.Collection) {
	token := input()
	c.FindOne(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(token)})
	c.FindOne(ctx, bson.M{"reset_token": fakecrypt.DigestOf(token)}) // want `CL103`
	c.FindOne(ctx, bson.M{"reset_token": token})                     // want `CL103`
}
