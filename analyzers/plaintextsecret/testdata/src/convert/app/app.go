// Package app stores the storage settings it loaded, converted from the
// configuration's types (json tags) to its own (bson tags): a struct
// conversion keeps every field of the part converted, so the secret key
// and session token of the file are written as they are.
package app

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"encoding/json"
	"io"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"convert/config"
)

type S3Storage struct {
	Bucket       string `bson:"bucket"`
	AccessKey    string `bson:"access_key"`
	SecretKey    string `bson:"secret_key"`
	SessionToken string `bson:"session_token"`
}

type StoragePolicyConfiguration struct {
	Type string     `bson:"type"`
	S3   *S3Storage `bson:"s3"`
}

type Configuration struct {
	UID           string                      `bson:"uid"`
	StoragePolicy *StoragePolicyConfiguration `bson:"storage_policy"`
}

type Repo struct {
	c    *mongo.Collection
	aead cipher.AEAD
}

func (r *Repo) CreateConfiguration(ctx context.Context, c *Configuration) error { // want CreateConfiguration:`writes param 1 via CreateConfiguration -> InsertOne`
	_, err := r.c.InsertOne(ctx, c)
	return err
}

// ensure converts a part of its parameter: its callers' values are what
// is stored, by field name.
func ensure(ctx context.Context, r *Repo, cfg config.Configuration) error { // want ensure:`writes param 2 field StoragePolicy.S3.SecretKey as "storage_policy.s3.secret_key" via ensure -> CreateConfiguration -> InsertOne, param 2 field StoragePolicy.S3.SessionToken as "storage_policy.s3.session_token" via ensure -> CreateConfiguration -> InsertOne`
	s3 := S3Storage(cfg.StoragePolicy.S3)
	sp := &StoragePolicyConfiguration{Type: cfg.StoragePolicy.Type, S3: &s3}
	return r.CreateConfiguration(ctx, &Configuration{UID: "x", StoragePolicy: sp})
}

// ensureWhole converts the whole parameter.
func ensureWhole(ctx context.Context, r *Repo, s config.S3Storage) error { // want ensureWhole:`writes param 2 field SecretKey as "storage_policy.s3.secret_key" via ensureWhole -> CreateConfiguration -> InsertOne, param 2 field SessionToken as "storage_policy.s3.session_token" via ensureWhole -> CreateConfiguration -> InsertOne`
	s3 := S3Storage(s)
	return r.CreateConfiguration(ctx, &Configuration{StoragePolicy: &StoragePolicyConfiguration{S3: &s3}})
}

// ensureSealed replaces the converted secrets before the write: the
// callers' values are not what is stored.
func (r *Repo) ensureSealed(ctx context.Context, cfg config.Configuration) error {
	s3 := S3Storage(cfg.StoragePolicy.S3)
	s3.SecretKey = string(r.aead.Seal(nil, make([]byte, 12), []byte(s3.SecretKey), nil))
	s3.SessionToken = ""
	return r.CreateConfiguration(ctx, &Configuration{StoragePolicy: &StoragePolicyConfiguration{S3: &s3}})
}

func Main(r *Repo) {
	cfg, err := config.Get()
	if err != nil {
		return
	}
	_ = ensure(context.Background(), r, cfg)                       // want `config\.Configuration written by ensure -> CreateConfiguration -> InsertOne stores SecretKey \(key "storage_policy\.s3\.secret_key"\), SessionToken \(key "storage_policy\.s3\.session_token"\) in plaintext`
	_ = ensureWhole(context.Background(), r, cfg.StoragePolicy.S3) // want `config\.S3Storage written by ensureWhole -> CreateConfiguration -> InsertOne stores SecretKey \(key "storage_policy\.s3\.secret_key"\), SessionToken \(key "storage_policy\.s3\.session_token"\) in plaintext`
	_ = r.ensureSealed(context.Background(), cfg)
	// Nothing in the fields converted: nothing stored.
	_ = ensure(context.Background(), r, config.Configuration{})
	_ = ensureWhole(context.Background(), r, config.S3Storage{Bucket: "b"})
	_, _ = aes.NewCipher(nil)
}

// Mirror holds a converted part by value, converted in the literal.
type Mirror struct {
	Name string    `bson:"name"`
	S3   S3Storage `bson:"s3"`
}

func (r *Repo) SaveMirror(ctx context.Context, cfg config.Configuration) error { // want SaveMirror:`writes param 1 field StoragePolicy.S3.SecretKey as "s3.secret_key" via SaveMirror -> InsertOne, param 1 field StoragePolicy.S3.SessionToken as "s3.session_token" via SaveMirror -> InsertOne`
	_, err := r.c.InsertOne(ctx, Mirror{Name: "m", S3: S3Storage(cfg.StoragePolicy.S3)})
	return err
}

func Mirror2(r *Repo) {
	cfg, _ := config.Get()
	_ = r.SaveMirror(context.Background(), cfg) // want `config\.Configuration written by SaveMirror -> InsertOne stores SecretKey \(key "s3\.secret_key"\), SessionToken \(key "s3\.session_token"\) in plaintext`
}

// Settings is the request of an update: the handler decodes it.
type Settings struct {
	StoragePolicy *StoragePolicyConfiguration `json:"storage_policy"`
}

func (r *Repo) load(ctx context.Context) (*Configuration, error) { // want load:`returns a stored document`
	var c Configuration
	if err := r.c.FindOne(ctx, map[string]any{}).Decode(&c); err != nil {
		return nil, err
	}
	return &c, nil
}

// update replaces a part of the stored configuration with the request's:
// the callers' requests say what the fields hold.
func (r *Repo) update(ctx context.Context, s *Settings) error { // want update:`writes param 1 field StoragePolicy.S3.SecretKey as "storage_policy.s3.secret_key" via update -> CreateConfiguration -> InsertOne, param 1 field StoragePolicy.S3.SessionToken as "storage_policy.s3.session_token" via update -> CreateConfiguration -> InsertOne`
	cfg, err := r.load(ctx)
	if err != nil {
		return err
	}
	if s.StoragePolicy != nil {
		cfg.StoragePolicy = s.StoragePolicy
	}
	return r.CreateConfiguration(ctx, cfg)
}

// updateType replaces only the type: the stored secrets are written back.
func (r *Repo) updateType(ctx context.Context, s *Settings) error {
	cfg, err := r.load(ctx)
	if err != nil {
		return err
	}
	cfg.StoragePolicy.Type = s.StoragePolicy.Type
	return r.CreateConfiguration(ctx, cfg)
}

func Handle(r *Repo, body io.Reader) {
	var s Settings
	if err := json.NewDecoder(body).Decode(&s); err != nil {
		return
	}
	_ = r.update(context.Background(), &s) // want `\*app\.Settings written by update -> CreateConfiguration -> InsertOne stores SecretKey \(key "storage_policy\.s3\.secret_key"\), SessionToken \(key "storage_policy\.s3\.session_token"\) in plaintext`
	_ = r.updateType(context.Background(), &s)
	// A policy without an S3 part: nothing stored from the caller.
	_ = r.update(context.Background(), &Settings{StoragePolicy: &StoragePolicyConfiguration{Type: "onprem"}})
}
