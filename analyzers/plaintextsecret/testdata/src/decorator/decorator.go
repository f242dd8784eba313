// Package decorator: a plugin's store is always the encrypting decorator
// around the MongoDB store, so the secret reaches the insert sealed; a
// plugin whose store field is set to the MongoDB store itself, or to
// either of two implementations, writes it as it is.
package decorator

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"os"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Enrollment struct {
	UserID string `bson:"user_id"`
	Secret string `bson:"secret"`
}

type Store interface {
	CreateEnrollment(ctx context.Context, e *Enrollment) error
}

type mongoStore struct{ c *mongo.Collection }

func (s *mongoStore) CreateEnrollment(ctx context.Context, e *Enrollment) error { // want CreateEnrollment:`writes param 1 via CreateEnrollment -> InsertOne`
	_, err := s.c.InsertOne(ctx, e)
	return err
}

type memStore struct{ m map[string]*Enrollment }

func (s *memStore) CreateEnrollment(ctx context.Context, e *Enrollment) error {
	s.m[e.UserID] = e
	return nil
}

func seal(plain string) string { // want seal:`encrypted result`
	block, _ := aes.NewCipher([]byte(os.Getenv("KEY")))
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	rand.Read(nonce)
	return string(gcm.Seal(nonce, nonce, []byte(plain), nil))
}

// encryptedStore seals the secret of a copy before the inner store
// writes it.
type encryptedStore struct{ inner Store }

func (s *encryptedStore) CreateEnrollment(ctx context.Context, e *Enrollment) error {
	cp := *e
	cp.Secret = seal(e.Secret)
	return s.inner.CreateEnrollment(ctx, &cp)
}

func newEncryptedStore(inner Store) *encryptedStore { return &encryptedStore{inner: inner} }

type Plugin struct{ store Store }

func NewPlugin(c *mongo.Collection) *Plugin {
	p := &Plugin{}
	p.store = newEncryptedStore(&mongoStore{c: c})
	return p
}

func (p *Plugin) Enroll(ctx context.Context, user, secret string) error {
	return p.store.CreateEnrollment(ctx, &Enrollment{UserID: user, Secret: secret})
}

type RawPlugin struct{ store Store }

func NewRawPlugin(c *mongo.Collection) *RawPlugin { return &RawPlugin{store: &mongoStore{c: c}} }

func (p *RawPlugin) Enroll(ctx context.Context, user, secret string) error { // want Enroll:`writes param 2 as "secret" via Enroll -> CreateEnrollment -> InsertOne`
	return p.store.CreateEnrollment(ctx, &Enrollment{UserID: user, Secret: secret})
}

// EitherPlugin is given the memory or the MongoDB store: either may run.
type EitherPlugin struct{ store Store }

func NewEitherPlugin(c *mongo.Collection, test bool) *EitherPlugin {
	if test {
		return &EitherPlugin{store: &memStore{m: map[string]*Enrollment{}}}
	}
	return &EitherPlugin{store: &mongoStore{c: c}}
}

func (p *EitherPlugin) Enroll(ctx context.Context, user, secret string) error { // want Enroll:`writes param 2 as "secret" via Enroll -> Store.CreateEnrollment -> CreateEnrollment -> InsertOne` Enroll:`passes a parameter to a pending call`
	return p.store.CreateEnrollment(ctx, &Enrollment{UserID: user, Secret: secret})
}

func caller(ctx context.Context, a *Plugin, b *RawPlugin, c *EitherPlugin) {
	a.Enroll(ctx, "u", "JBSWY3DPEHPK3PXP")
	b.Enroll(ctx, "u", "JBSWY3DPEHPK3PXP") // want `value written by Enroll -> CreateEnrollment -> InsertOne stores key "secret" in plaintext`
	c.Enroll(ctx, "u", "JBSWY3DPEHPK3PXP") // want `value written by Enroll -> Store.CreateEnrollment -> CreateEnrollment -> InsertOne stores key "secret" in plaintext`
}
