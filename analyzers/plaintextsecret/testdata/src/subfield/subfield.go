// Package subfield: a field of a parameter passed on to a wrapper that
// writes it (cfg.Storage), as a backup tool sends a storage profile parsed
// from a file inside a command document.
package subfield

import (
	"context"
	"encoding/json"
	"io"
	"os"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Credentials struct {
	AccessKeyID     string `bson:"access-key-id"`
	SecretAccessKey string `bson:"secret-access-key"`
}

type S3 struct {
	Bucket      string      `bson:"bucket"`
	Credentials Credentials `bson:"credentials"`
}

type StorageConf struct {
	Type string `bson:"type"`
	S3   *S3    `bson:"s3,omitempty"`
}

type ProfileCmd struct {
	Name    string      `bson:"name"`
	Storage StorageConf `bson:"storage"`
}

type Cmd struct {
	Cmd     string      `bson:"cmd"`
	Profile *ProfileCmd `bson:"profile,omitempty"`
	TS      int64       `bson:"ts"`
}

// Config is what the user's file holds; only Storage is sent.
type Config struct {
	Name    string      `bson:"name"`
	Storage StorageConf `bson:"storage"`
	Admin   struct {
		Password string `bson:"password"`
	} `bson:"admin"`
}

func sendProfile(ctx context.Context, c *mongo.Collection, name string, storage StorageConf) error { // want sendProfile:`writes param 3 under "profile.storage" via sendProfile -> sendCommand -> InsertOne`
	return sendCommand(ctx, c, Cmd{Cmd: "addProfile", Profile: &ProfileCmd{Name: name, Storage: storage}})
}

func sendCommand(ctx context.Context, c *mongo.Collection, cmd Cmd) error { // want sendCommand:`writes param 2 via sendCommand -> InsertOne`
	_, err := c.InsertOne(ctx, cmd)
	return err
}

func parse(r io.Reader) (*Config, error) { // want parse:`returns decoded input`
	cfg := &Config{}
	if err := json.NewDecoder(r).Decode(cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}

// addProfile passes a field of its parameter on: it writes that field.
func addProfile(ctx context.Context, c *mongo.Collection, cfg *Config) error { // want addProfile:`writes param 2 under "profile.storage" field Storage via addProfile -> sendProfile -> sendCommand -> InsertOne`
	return sendProfile(ctx, c, cfg.Name, cfg.Storage)
}

// addS3 passes a field two levels down, into a literal.
func addS3(ctx context.Context, c *mongo.Collection, cfg *Config) error { // want addS3:`writes param 2 under "profile.storage.s3" field Storage.S3 via addS3 -> sendProfile -> sendCommand -> InsertOne`
	return sendProfile(ctx, c, cfg.Name, StorageConf{Type: "s3", S3: cfg.Storage.S3})
}

func AddFromFile(ctx context.Context, c *mongo.Collection, r io.Reader) error {
	cfg, err := parse(r)
	if err != nil {
		return err
	}
	addS3(ctx, c, cfg)             // want `field Storage\.S3 of \*subfield\.Config written by addS3 -> sendProfile -> sendCommand -> InsertOne stores SecretAccessKey \(key "profile\.storage\.s3\.credentials\.secret-access-key"\) in plaintext; encrypt key material`
	return addProfile(ctx, c, cfg) // want `field Storage of \*subfield\.Config written by addProfile -> sendProfile -> sendCommand -> InsertOne stores SecretAccessKey \(key "profile\.storage\.s3\.credentials\.secret-access-key"\) in plaintext`
}

// A literal whose Storage is empty stores nothing sensitive, even though
// its Admin password is set: only Storage is written.
func AddEmpty(ctx context.Context, c *mongo.Collection, pw string) error {
	cfg := &Config{Name: "empty"}
	cfg.Admin.Password = pw
	return addProfile(ctx, c, cfg)
}

// A literal that fills the storage from constants and the environment is
// still a finding where it holds the secret.
func AddLiteral(ctx context.Context, c *mongo.Collection) error {
	key := os.Getenv("S3_SECRET")
	return addProfile(ctx, c, &Config{Storage: StorageConf{S3: &S3{Credentials: Credentials{AccessKeyID: "AKIA", SecretAccessKey: key}}}}) // want `field Storage of \*subfield\.Config written by addProfile -> sendProfile -> sendCommand -> InsertOne stores SecretAccessKey`
}

// The name field passed on is not a document.
func rename(ctx context.Context, c *mongo.Collection, cfg *Config) error {
	return sendCommand(ctx, c, Cmd{Cmd: cfg.Name})
}
