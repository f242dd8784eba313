// Package subparts: documents whose sub-documents are built in variables
// of their own and assigned into place before the write.
package subparts

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Minio struct {
	Host      string `bson:"host"`
	SecretKey string `bson:"secret_key"`
}

type Source struct {
	Minio *Minio `bson:"minio"`
}

type Storage struct {
	Name   string `bson:"name"`
	Source Source `bson:"source"`
}

// Var: the document is declared, its parts built and assigned in turn.
func Var(ctx context.Context, c *mongo.Collection, args map[string]any) {
	var st Storage
	src := Source{}
	if val, ok := args["minio"].(map[string]any); ok {
		m := &Minio{}
		m.Host, _ = val["host"].(string)
		m.SecretKey, _ = val["secret_key"].(string)
		src.Minio = m
	}
	st.Source = src
	c.InsertOne(ctx, &st) // want `\*subparts.Storage written by InsertOne stores SecretKey \(key "source.minio.secret_key"\) in plaintext`
}

// Literal: the same with the document made by a literal.
func Literal(ctx context.Context, c *mongo.Collection, args map[string]any) {
	st := Storage{Name: "s3"}
	src := Source{}
	m := &Minio{}
	m.SecretKey, _ = args["secret_key"].(string)
	src.Minio = m
	st.Source = src
	c.InsertOne(ctx, &st) // want `\*subparts.Storage written by InsertOne stores SecretKey \(key "source.minio.secret_key"\) in plaintext`
}

// Nested: a field of a sub-document the literal leaves out.
func Nested(ctx context.Context, c *mongo.Collection, key string) {
	st := Storage{Name: "s3"}
	m := &Minio{}
	m.SecretKey = key + ""
	st.Source.Minio = m
	c.InsertOne(ctx, &st) // want `\*subparts.Storage written by InsertOne stores SecretKey \(key "source.minio.secret_key"\) in plaintext`
}

// The negatives: the key hashed in its own variable before it is put in
// place, and a part changed only after it was copied into the document.
func Hashed(ctx context.Context, c *mongo.Collection, key string) {
	var st Storage
	sum := sha256.Sum256([]byte(key))
	m := &Minio{SecretKey: hex.EncodeToString(sum[:])}
	src := Source{Minio: m}
	st.Source = src
	c.InsertOne(ctx, &st)
}

func CopiedBefore(ctx context.Context, c *mongo.Collection, key string) {
	var st Storage
	src := Source{}
	st.Source = src // a copy: src's later fields are not in st
	src.Minio = &Minio{SecretKey: key + ""}
	c.InsertOne(ctx, &st)
	_ = src
}

type Identity struct {
	ID         string `bson:"_id"`
	Credential string `bson:"credential"`
}

func findIdentity(ctx context.Context, c *mongo.Collection, id string) (*Identity, error) { // want findIdentity:`returns a stored document`
	var i Identity
	err := c.FindOne(ctx, Storage{Name: id}).Decode(&i)
	return &i, err
}

// Redefined: the variable first holds what a lookup returned, then a new
// literal; the literal is what is written.
func Redefined(ctx context.Context, c *mongo.Collection, id, accessToken string) error {
	ident, err := findIdentity(ctx, c, id)
	if err == nil && ident != nil {
		return nil
	}
	ident = &Identity{ID: id, Credential: accessToken + ""}
	_, err = c.InsertOne(ctx, ident) // want `\*subparts.Identity written by InsertOne stores Credential \(key "credential"\) in plaintext`
	return err
}

// ReadLast: the literal is replaced by what the lookup returned, the
// stored form.
func ReadLast(ctx context.Context, c *mongo.Collection, id, accessToken string) error {
	ident := &Identity{ID: id, Credential: accessToken + ""}
	ident, err := findIdentity(ctx, c, id)
	if err != nil {
		return err
	}
	_, err = c.ReplaceOne(ctx, Storage{Name: id}, ident)
	return err
}
