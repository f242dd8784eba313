// Package a holds plaintextsecret cases against the v2 driver.
package a

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID            string      `bson:"_id"`
	Email         string      `bson:"email"`
	Password      string      `bson:"password"`
	PasswordHash  string      `bson:"password_hash"`
	APIKey        string      // untagged: key "apikey"
	APIKeyID      string      `bson:"api_key_id"`
	SSN           int64       `bson:"ssn"`
	Profile       Profile     `bson:"profile"`
	RecoveryCodes []string    `bson:"recovery_codes"`
	Card          Card        `bson:",inline"`
	Secret        any         `bson:"secret"`    // unknown content
	EncryptedSSN  bson.Binary `bson:"enc_ssn"`   // ciphertext
	Token         string      `bson:"-"`         // never stored
	LegacyPass    string      `bson:"pass_hash"` // the stored name says hash
	resetToken    string      // unexported: skipped
}

type Profile struct {
	Name  string `bson:"name"`
	TaxID string `bson:"tax_id"`
}

type Card struct {
	CardNumber string `bson:"card_number"`
	CardLast4  string `bson:"card_last4"`
}

func decodeAndInsert(ctx context.Context, coll *mongo.Collection, body []byte) {
	var u User
	_ = json.Unmarshal(body, &u)
	coll.InsertOne(ctx, &u) // want `\*a\.User written by InsertOne stores Password \(key "password"\), APIKey \(key "apikey"\), SSN \(key "ssn"\), TaxID \(key "profile\.tax_id"\), RecoveryCodes \(key "recovery_codes"\), CardNumber \(key "card_number"\) in plaintext; hash passwords that users log in with \(Argon2id, scrypt or bcrypt\) and encrypt those the program reuses \(fieldcrypt\.String\); store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse \(fieldcrypt\.Digest, fieldcrypt\.String\); encrypt personal and payment data with CSFLE, Queryable Encryption or explicit encryption \(fieldcrypt\.String\) \(CL101\)`
}

// Request is what a handler decodes; its fields are not parameters, so
// functions taking it report instead of becoming wrappers.
type Request struct {
	Email, Password, Token, Key, SSN string
}

func literals(ctx context.Context, coll *mongo.Collection, r *Request) {
	email, pw := r.Email, r.Password
	coll.InsertOne(ctx, User{Email: email}) // no secret set: nothing stored

	h, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	coll.InsertOne(ctx, User{Email: email, Password: string(h)}) // hashed in the function

	coll.InsertOne(ctx, User{Email: email, Password: pw}) // want `a\.User written by InsertOne stores Password \(key "password"\) in plaintext; hash passwords that users log in with \(Argon2id, scrypt or bcrypt\) and encrypt those the program reuses \(fieldcrypt\.String\) \(CL101\)`

	u := User{Email: email}
	u.Password = string(h)
	coll.InsertOne(ctx, u)

	v := &User{Email: email}
	v.Password = pw
	coll.InsertOne(ctx, v) // want `\*a\.User written by InsertOne stores Password \(key "password"\) in plaintext`
}

const resetKey = "reset_token"

func documents(ctx context.Context, coll *mongo.Collection, r *Request) {
	pw, tok, key := r.Password, r.Token, r.Key
	coll.InsertOne(ctx, bson.M{"email": "x", "password": pw}) // want `document written by InsertOne stores key "password" in plaintext; hash passwords that users log in with \(Argon2id, scrypt or bcrypt\) and encrypt those the program reuses \(fieldcrypt\.String\) \(CL101\)`
	coll.InsertOne(ctx, bson.M{"password_hash": pw, "api_key_id": key})
	coll.InsertOne(ctx, bson.D{{"api_key", key}, {Key: "otp_secret", Value: tok}})            // want `document written by InsertOne stores key "api_key", key "otp_secret" in plaintext`
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{resetKey: tok}})              // want `document written by UpdateOne stores key "reset_token" in plaintext; store a SHA-256 or HMAC of tokens you only verify and encrypt secrets you reuse \(fieldcrypt\.Digest, fieldcrypt\.String\) \(CL101\)`
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{"credentials.password": pw}}) // want `stores key "credentials\.password" in plaintext`

	sum := sha256.Sum256([]byte(tok))
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{resetKey: hex.EncodeToString(sum[:])}})
	sum224 := sha512.Sum512_224([]byte(tok)) // SHA-512/224 protects a token as SHA-256 does
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{resetKey: hex.EncodeToString(sum224[:])}})
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{"password": ""}}) // clearing it

	doc := bson.M{"private_key": key}
	coll.InsertOne(ctx, doc) // want `document written by InsertOne stores key "private_key" in plaintext; encrypt key material \(CSFLE, or explicit encryption with fieldcrypt\.Bytes or fieldcrypt\.String\) \(CL101\)`
}

// hashToken is trusted by its name: its body hands the value to a hasher
// whose method is named like one.
func hashToken(s string) string { return hasher.Hash(s) } // want hashToken:`hashed result`

var hasher interface{ Hash(string) string }

var sealer interface{ Seal(string) (string, error) }

// reseal migrates a secret stored before encryption to its sealed form
// and keeps a sealed one: its name says what it does to its result.
func reseal(stored string) string {
	if len(stored) > 4 && stored[:4] == "enc:" {
		return stored
	}
	if s, err := sealer.Seal(stored); err == nil {
		return "enc:" + s
	}
	return stored
}

var totpSource interface{ New() string }

func storeTOTP(ctx context.Context, coll *mongo.Collection, id string) {
	secret := totpSource.New()
	coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"totpSecret": reseal(secret)}})
	coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"totpSecret": secret}}) // want `document written by UpdateOne stores key "totpSecret" in plaintext`
}

// A raw BSON document under a sensitive key is a document of unknown keys
// (the CSFLE masterKey descriptor of a data key), not a secret string.
func rawDocument(ctx context.Context, coll *mongo.Collection, desc bson.Raw) {
	var masterKey bson.Raw = desc[:0]
	coll.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{"masterKey": masterKey}})
}

func lookups(ctx context.Context, coll *mongo.Collection, r *Request) {
	tok := r.Token
	coll.FindOne(ctx, bson.M{"reset_token": tok}) // want `filter of FindOne matches key "reset_token" against a raw value, so the field must be stored in plaintext; store a hash \(SHA-256 or HMAC\) and look up by the hash of the presented value \(fieldcrypt\.Digest, fieldcrypt\.DigestOf\) \(CL103\)`
	coll.FindOne(ctx, bson.M{"reset_token": hashToken(tok)})
	coll.FindOne(ctx, bson.M{"email": tok})
	coll.UpdateOne(ctx, bson.M{"verification_code": r.Token}, bson.M{"$set": bson.M{"verified": true}}) // want `filter of UpdateOne matches key "verification_code" against a raw value`
}

func encrypted(ctx context.Context, coll *mongo.Collection, ce *mongo.ClientEncryption, r *Request) {
	enc, _ := ce.Encrypt(ctx, r.SSN)
	coll.InsertOne(ctx, bson.M{"ssn": enc})
	coll.InsertOne(ctx, User{EncryptedSSN: enc})
}

func models(ctx context.Context, coll *mongo.Collection, r *Request) {
	pw, key := r.Password, r.Key
	coll.BulkWrite(ctx, []mongo.WriteModel{
		mongo.NewInsertOneModel().SetDocument(bson.M{"password": pw}), // want `document written by SetDocument stores key "password" in plaintext`
		&mongo.InsertOneModel{Document: bson.M{"api_key": key}},       // want `document written by mongo\.InsertOneModel\.Document stores key "api_key" in plaintext`
	})
}

func many(ctx context.Context, coll *mongo.Collection, r *Request) {
	pw := r.Password
	coll.InsertMany(ctx, []User{{Email: "a"}, {Email: "b", Password: pw}}) // want `\[\]a\.User written by InsertMany stores Password \(key "password"\) in plaintext`
}

func command(ctx context.Context, db *mongo.Database, r *Request) {
	pw := r.Password
	db.RunCommand(ctx, bson.D{{"insert", "users"}, {"documents", bson.A{bson.M{"password": pw}}}})                                                                  // want `document written by RunCommand stores key "password" in plaintext`
	db.RunCommand(ctx, bson.D{{"update", "users"}, {"updates", bson.A{bson.M{"q": bson.M{"api_key": r.Key}, "u": bson.M{"$set": bson.M{"otp_secret": r.Token}}}}}}) // want `document written by RunCommand stores key "otp_secret" in plaintext`
	db.RunCommand(ctx, bson.D{{"ping", 1}})
}

func gridfs(r *Request) {
	options.GridFSUpload().SetMetadata(bson.M{"owner_ssn": r.SSN}) // want `document written by SetMetadata stores key "owner_ssn" in plaintext`
}
