// Package ctor: documents made by constructors, converted parameters, and
// passwords hashed in place by a function, as real services write them.
package ctor

import (
	"context"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type Session struct {
	User  string `bson:"user"`
	Token string `bson:"token"`
}

// newToken hashes random bytes: the result is the token, not a
// protection of one.
func newToken(user string) string { // want newToken:`returns a new secret`
	var key [32]byte
	rand.Read(key[:])
	h := sha256.New()
	h.Write([]byte(user))
	h.Write(key[:])
	return fmt.Sprintf("%x", h.Sum(nil))
}

// newSession fills the token on every path that returns a session.
func newSession(user string) (*Session, error) { // want newSession:`fills Token`
	if user == "" {
		return nil, fmt.Errorf("no user")
	}
	s := Session{}
	s.User = user
	s.Token = newToken(user)
	return &s, nil
}

func Login(ctx context.Context, c *mongo.Collection, user string) error {
	s, err := newSession(user)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, s) // want `\*ctor\.Session written by InsertOne stores Token \(key "token"\) in plaintext`
	return err
}

// blank makes a session without a token: what the type could hold is not
// a finding.
func blank(user string) *Session { return &Session{User: user} } // want blank:`protects Token`

func Anonymous(ctx context.Context, c *mongo.Collection) {
	c.InsertOne(ctx, blank("anonymous"))
}

// stored is the storage form of Session, with the same fields.
type stored Session

// save converts its parameter: it writes param 2 for its callers.
func save(ctx context.Context, c *mongo.Collection, s Session) error { // want save:`writes param 2 via save -> InsertOne`
	_, err := c.InsertOne(ctx, stored(s))
	return err
}

func Issue(ctx context.Context, c *mongo.Collection, user string) error {
	return save(ctx, c, Session{User: user, Token: newToken(user)}) // want `ctor\.Session written by save -> InsertOne stores Token \(key "token"\) in plaintext`
}

// newGUIDWith hashes random bytes mixed with the e-mail, encoded first: a
// new token too, whatever its name says.
func newGUIDWith(email string) string { // want newGUIDWith:`returns a new secret`
	b := make([]byte, 48)
	if _, err := io.ReadFull(rand.Reader, b); err != nil {
		return ""
	}
	sum := md5.Sum([]byte(base64.URLEncoding.EncodeToString([]byte(string(b) + email))))
	return hex.EncodeToString(sum[:])
}

// hashEmail hashes what it is given, without randomness: a digest.
func hashEmail(email string) string { // want hashEmail:`hashed result`
	sum := md5.Sum([]byte(base64.URLEncoding.EncodeToString([]byte("salt" + email))))
	return hex.EncodeToString(sum[:])
}

func Reset(ctx context.Context, c *mongo.Collection, email string) error {
	_, err := c.InsertOne(ctx, Session{User: email, Token: newGUIDWith(email)}) // want `ctor\.Session written by InsertOne stores Token \(key "token"\) in plaintext`
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, Session{User: email, Token: hashEmail(email)})
	return err
}

type Account struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
}

// hashPassword replaces the account's password with its bcrypt hash.
func hashPassword(a *Account) { // want hashPassword:`protects receiver Password`
	h, _ := bcrypt.GenerateFromPassword([]byte(a.Password), bcrypt.DefaultCost)
	a.Password = string(h)
}

func ChangePassword(ctx context.Context, c *mongo.Collection, a *Account, pw string) {
	acct := *a
	acct.Password = pw
	hashPassword(&acct)
	c.InsertOne(ctx, acct)
}

func ChangePasswordPlain(ctx context.Context, c *mongo.Collection, a *Account, pw string) {
	acct := *a
	acct.Password = pw
	c.InsertOne(ctx, acct) // want `ctor\.Account written by InsertOne stores Password \(key "password"\) in plaintext`
}

type SignUp struct {
	Email           string `bson:"email"`
	Password        string `bson:"password"`
	PasswordConfirm string `bson:"passwordConfirm,omitempty"`
}

// signUp hashes the password and clears the confirmation of the document
// it is given before the write: its callers' values of those fields are
// not stored.
func signUp(ctx context.Context, c *mongo.Collection, u *SignUp) error { // want signUp:`writes param 2 via signUp -> InsertOne replacing Password, PasswordConfirm`
	u.PasswordConfirm = ""
	h, err := bcrypt.GenerateFromPassword([]byte(u.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	u.Password = string(h)
	_, err = c.InsertOne(ctx, u)
	return err
}

func Register(ctx context.Context, c *mongo.Collection, email, pw string) error {
	return signUp(ctx, c, &SignUp{Email: email, Password: pw, PasswordConfirm: pw})
}

// audit stores a public key under a key named like a secret one.
func Audit(ctx context.Context, c *mongo.Collection, chal struct{ PubKey string }) {
	c.InsertOne(ctx, map[string]any{"ssh_key": chal.PubKey})
}

type APIUser struct {
	Name   string `bson:"name"`
	Secret string `bson:"secret"`
}

func randStr(n int) (string, error) { return "r", nil }

// GenerateSecret fills the receiver's secret.
func (u *APIUser) GenerateSecret() (err error) { // want GenerateSecret:`fills receiver Secret`
	u.Secret, err = randStr(48)
	return
}

// Validate fills it through the method it calls.
func (u *APIUser) Validate() error { // want Validate:`fills missing receiver Secret`
	if u.Secret == "" {
		return u.GenerateSecret()
	}
	return nil
}

// Insert writes its receiver.
func (u *APIUser) Insert(ctx context.Context, c *mongo.Collection) error { // want Insert:`writes param -1 via Insert -> InsertOne`
	_, err := c.InsertOne(ctx, u)
	return err
}

func CreateAPIUser(ctx context.Context, c *mongo.Collection, name string) error {
	u := &APIUser{Name: name}
	if err := u.Validate(); err != nil {
		return err
	}
	return u.Insert(ctx, c) // want `\*ctor\.APIUser written by Insert -> InsertOne stores Secret \(key "secret"\) in plaintext`
}

func RenameAPIUser(ctx context.Context, c *mongo.Collection, name string) error {
	u := &APIUser{Name: name}
	return u.Insert(ctx, c)
}

// GetAPIUser reads a user back from the database.
func GetAPIUser(ctx context.Context, c *mongo.Collection, id string) (*APIUser, error) { // want GetAPIUser:`returns a stored document`
	u := &APIUser{}
	if err := c.FindOne(ctx, map[string]string{"_id": id}).Decode(u); err != nil {
		return nil, err
	}
	return u, nil
}

// Touch validates a stored user (Validate fills a missing secret) and
// writes it back: its secret is the stored form.
func Touch(ctx context.Context, c *mongo.Collection, id string) error {
	u, err := GetAPIUser(ctx, c, id)
	if err != nil {
		return err
	}
	if err := u.Validate(); err != nil {
		return err
	}
	return u.Insert(ctx, c)
}

// anes copies documents into a slice of interfaces, as wrapper libraries
// do before InsertMany.
func anes[T any](ts []T) []any { // want anes:`returns the elements of param 0`
	out := make([]any, len(ts))
	for i := range ts {
		out[i] = ts[i]
	}
	return out
}

func insertAll[T any](ctx context.Context, c *mongo.Collection, docs []T) error { // want insertAll:`writes elements of param 2 via insertAll -> InsertMany`
	_, err := c.InsertMany(ctx, anes(docs))
	return err
}

func AddAccounts(ctx context.Context, c *mongo.Collection, email string) error {
	a := &Account{Email: email, Password: email + "!"}
	return insertAll(ctx, c, []*Account{a}) // want `\[\]\*ctor\.Account written by insertAll -> InsertMany stores Password \(key "password"\) in plaintext`
}

// VM has several secrets a method generates: the message lists them in
// declaration order, whatever the order of a map.
type VM struct {
	Name          string `bson:"name"`
	RootPassword  string `bson:"root_password"`
	VncPassword   string `bson:"vnc_password"`
	SpicePassword string `bson:"spice_password"`
	TpmSecret     string `bson:"tpm_secret"`
}

func (v *VM) Generate() { // want Generate:`fills receiver RootPassword, SpicePassword, TpmSecret, VncPassword`
	v.RootPassword, _ = randStr(16)
	v.VncPassword, _ = randStr(16)
	v.SpicePassword, _ = randStr(16)
	v.TpmSecret, _ = randStr(32)
}

func CreateVM(ctx context.Context, c *mongo.Collection, name string) {
	v := &VM{Name: name}
	v.Generate()
	c.InsertOne(ctx, v) // want `\*ctor\.VM written by InsertOne stores RootPassword \(key "root_password"\), VncPassword \(key "vnc_password"\), SpicePassword \(key "spice_password"\), TpmSecret \(key "tpm_secret"\) in plaintext`
}

type serviceInput struct{ Name, Password string }

type Service struct {
	Name     string `bson:"_id"`
	Password string `bson:"password"`
}

// parseService maps a request onto the document, field by field, from a
// zero value.
func parseService(in serviceInput) (Service, error) { // want parseService:`fills Password`
	var s Service
	if in.Name == "" {
		return s, fmt.Errorf("no name")
	}
	s.Name = in.Name
	s.Password = in.Password
	return s, nil
}

func CreateService(ctx context.Context, c *mongo.Collection, in serviceInput) error {
	s, err := parseService(in)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, s) // want `ctor\.Service written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}

// Secret is built by a constructor that puts its parameter in the field:
// what the field holds is what each caller passed, a ciphertext here and
// the plain value there.
type Secret struct {
	Description string `bson:"description"`
	Secret      string `bson:"secret"`
}

func newSecret(desc, secret string) Secret { // want newSecret:`fills Secret`
	return Secret{Description: desc, Secret: secret}
}

func StoreSealed(ctx context.Context, c *mongo.Collection, aead cipher.AEAD, nonce []byte, plain string) error {
	sealed := base64.StdEncoding.EncodeToString(aead.Seal(nonce, nonce, []byte(plain), nil))
	_, err := c.InsertOne(ctx, newSecret("db", sealed))
	return err
}

func StorePlain(ctx context.Context, c *mongo.Collection, plain string) error {
	s := newSecret("db", plain+"!")
	_, err := c.InsertOne(ctx, s) // want `ctor\.Secret written by InsertOne stores Secret \(key "secret"\) in plaintext`
	return err
}

// A document made by a constructor and written by a wrapper that returns
// it, into the same variable (r, err = saveReset(r)): what the
// constructor put there is written.
type ResetRecord struct {
	Email string `bson:"email"`
	Token string `bson:"token"`
}

func newReset(email string) *ResetRecord { // want newReset:`fills Token`
	r := ResetRecord{Email: email}
	r.Token = newToken(email)
	return &r
}

func saveReset(ctx context.Context, c *mongo.Collection, r *ResetRecord) (*ResetRecord, error) { // want saveReset:`writes param 2 via saveReset -> InsertOne` saveReset:`returns param 2`
	_, err := c.InsertOne(ctx, r)
	return r, err
}

func StartReset(ctx context.Context, c *mongo.Collection, email string) (*ResetRecord, error) {
	r := newReset(email)
	r, err := saveReset(ctx, c, r) // want `\*ctor\.ResetRecord written by saveReset -> InsertOne stores Token \(key "token"\) in plaintext`
	return r, err
}
