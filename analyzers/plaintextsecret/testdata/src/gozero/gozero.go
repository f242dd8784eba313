// Package gozero writes through go-zero's MongoDB stores, as goctl's
// generated models do: mon.Model (the driver's collection behind a
// breaker, whose FindOne decodes into its v argument) and monc.Model (the
// same with a cache key before the driver's arguments).
package gozero

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"os"
	"strings"

	"github.com/zeromicro/go-zero/core/stores/mon"
	"github.com/zeromicro/go-zero/core/stores/monc"
	"go.mongodb.org/mongo-driver/v2/bson"
)

type Channel struct {
	ID       string `bson:"_id"`
	Name     string `bson:"name"`
	Password string `bson:"password"`
	Token    string `bson:"token"`
}

type CreateReq struct{ Name, Password, Token string }

type channelModel struct{ conn *mon.Model }

func (m *channelModel) insert(ctx context.Context, data *Channel) error { // want insert:`writes param 1 via insert -> InsertOne` insert:`passes a parameter to a pending call`
	_, err := m.conn.InsertOne(ctx, data)
	return err
}

// create builds the document from the request; the model writes it.
func create(ctx context.Context, m *channelModel, in *CreateReq) error {
	return m.insert(ctx, &Channel{Name: in.Name, Password: in.Password, Token: in.Token}) // want `\*gozero\.Channel written by insert -> InsertOne stores Password \(key "password"\), Token \(key "token"\) in plaintext`
}

func setToken(ctx context.Context, conn *mon.Model, r *CreateReq) {
	conn.UpdateOne(ctx, bson.M{"_id": r.Name}, bson.M{"$set": bson.M{"token": r.Token}}) // want `document written by UpdateOne stores key "token" in plaintext`
}

// mon.Model's FindOne takes the target first, then the filter.
func byToken(ctx context.Context, conn *mon.Model, r *CreateReq) (*Channel, error) { // want byToken:`returns a stored document`
	var c Channel
	err := conn.FindOne(ctx, &c, bson.M{"token": r.Token}) // want `filter of FindOne matches key "token" against a raw value`
	return &c, err
}

// rename writes back what FindOne decoded: the stored password and token.
func rename(ctx context.Context, conn *mon.Model, id, name string) error {
	var c Channel
	if err := conn.FindOne(ctx, &c, bson.M{"_id": id}); err != nil {
		return err
	}
	c.Name = name
	_, err := conn.ReplaceOne(ctx, bson.M{"_id": id}, &c)
	return err
}

// monc.Model takes a cache key before the document and the filter.
func cached(ctx context.Context, m *monc.Model, r *CreateReq) {
	m.InsertOne(ctx, "cache:channel:"+r.Name, &Channel{Name: r.Name, Token: r.Token}) // want `\*gozero\.Channel written by InsertOne stores Token \(key "token"\) in plaintext`
	var c Channel
	m.FindOne(ctx, "cache:channel:"+r.Name, &c, bson.M{"password": r.Password}) // want `filter of FindOne matches key "password" against a raw value`
	m.InsertOneNoCache(ctx, bson.M{"name": r.Name, "token": r.Token})           // want `document written by InsertOneNoCache stores key "token" in plaintext`
}

type Credential struct {
	ID         string `bson:"_id"`
	Name       string `bson:"name"`
	Password   string `bson:"password"`
	PrivateKey string `bson:"privateKey"`
	Kubeconfig string `bson:"kubeconfig"`
}

type credentialModel struct{ conn *mon.Model }

// encryptSecret seals a secret with AES-GCM; an empty or already sealed
// value is returned as it is.
func encryptSecret(plain string) (string, error) {
	if strings.TrimSpace(plain) == "" || strings.HasPrefix(plain, "enc:") {
		return plain, nil
	}
	block, err := aes.NewCipher([]byte(os.Getenv("SECRET_KEY")))
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return "", err
	}
	return "enc:" + base64.StdEncoding.EncodeToString(append(nonce, gcm.Seal(nil, nonce, []byte(plain), nil)...)), nil
}

func encryptCredential(data *Credential) error { // want encryptCredential:`protects receiver Kubeconfig, Password, PrivateKey`
	var err error
	if data.Password, err = encryptSecret(data.Password); err != nil {
		return err
	}
	if data.PrivateKey, err = encryptSecret(data.PrivateKey); err != nil {
		return err
	}
	if data.Kubeconfig, err = encryptSecret(data.Kubeconfig); err != nil {
		return err
	}
	return nil
}

// update seals the secrets before the $set: nothing is stored in plaintext.
func (m *credentialModel) update(ctx context.Context, data *Credential) error {
	if err := encryptCredential(data); err != nil {
		return err
	}
	_, err := m.conn.UpdateOne(ctx, bson.M{"_id": data.ID}, bson.M{"$set": bson.M{
		"name":       data.Name,
		"password":   data.Password,
		"privateKey": data.PrivateKey,
		"kubeconfig": data.Kubeconfig,
	}})
	return err
}

func saveCredential(ctx context.Context, m *credentialModel, c *Credential) error {
	return m.update(ctx, c)
}

// storeCredential hands the posted secrets to the model, which seals them.
func storeCredential(ctx context.Context, m *credentialModel, r *CreateReq, key string) error {
	return saveCredential(ctx, m, &Credential{Name: r.Name, Password: r.Password, PrivateKey: key})
}

// rotate hashes the token in place before the $set: the callers' tokens
// are not what is stored.
func (m *channelModel) rotate(ctx context.Context, data *Channel) error {
	data.Token = digest(data.Token)
	_, err := m.conn.UpdateOne(ctx, bson.M{"_id": data.ID}, bson.M{"$set": bson.M{"token": data.Token}})
	return err
}

func rotateToken(ctx context.Context, m *channelModel, r *CreateReq) error {
	return m.rotate(ctx, &Channel{ID: r.Name, Token: r.Token})
}

func digest(s string) string { // want digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// rotateSome hashes the token on one path only: on the other, the
// caller's raw token reaches the $set.
func (m *channelModel) rotateSome(ctx context.Context, data *Channel, hash bool) error { // want rotateSome:`passes a parameter to a pending call` rotateSome:`writes param 1 field Token as "token" via rotateSome -> UpdateOne`
	if hash {
		data.Token = digest(data.Token)
	}
	_, err := m.conn.UpdateOne(ctx, bson.M{"_id": data.ID}, bson.M{"$set": bson.M{"token": data.Token}})
	return err
}

func rotateSomeTokens(ctx context.Context, m *channelModel, r *CreateReq) error {
	return m.rotateSome(ctx, &Channel{ID: r.Name, Token: r.Token}, false) // want `\*gozero\.Channel written by rotateSome -> UpdateOne stores Token \(key "token"\) in plaintext`
}
