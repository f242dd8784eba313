// Package serialized stores documents written out as text or bytes (a
// configuration kept as a JSON or protojson string under a key that says
// nothing): the string holds the secrets of what it serializes.
package serialized

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"google.golang.org/protobuf/proto"

	"serialized/codec"
)

// ModelProvider is a generated message: protojson names its fields by the
// protobuf tag's json= name.
type ModelProvider struct {
	Name   string `protobuf:"bytes,1,opt,name=name,proto3" json:"name,omitempty"`
	APIKey string `protobuf:"bytes,2,opt,name=api_key,json=apiKey,proto3" json:"api_key,omitempty"`
}

func (*ModelProvider) ProtoMessage() {}

type Webhook struct {
	URL    string `json:"url"`
	Secret string `json:"signing_secret"`
}

// Masked leaves its secret out of JSON.
type Masked struct {
	URL    string `json:"url"`
	Secret string `json:"-"`
}

type configDoc struct {
	ID   string `bson:"_id"`
	Spec string `bson:"spec"`
}

type blobDoc struct {
	ID   string `bson:"_id"`
	Data []byte `bson:"data"`
}

// Repository is what the service sees; Store is its MongoDB
// implementation, which keeps a clone of the message as protojson.
type Repository interface {
	CreateModelProvider(ctx context.Context, p *ModelProvider) error
}

type Store struct{ c *mongo.Collection }

func (s *Store) CreateModelProvider(ctx context.Context, p *ModelProvider) error { // want CreateModelProvider:`writes param 1 under "spec" via CreateModelProvider -> InsertOne serialized by protojson.MarshalOptions.Marshal`
	clone := proto.Clone(p).(*ModelProvider)
	clone.Name = "ws/" + clone.Name
	spec, err := codec.Spec(clone)
	if err != nil {
		return err
	}
	_, err = s.c.InsertOne(ctx, configDoc{ID: clone.Name, Spec: spec})
	return err
}

type Service struct{ repo Repository }

// CreateModelProvider stores the provider the client sent.
func (s *Service) CreateModelProvider(ctx context.Context, r *http.Request) error {
	var p ModelProvider
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return err
	}
	return s.repo.CreateModelProvider(ctx, &p) // want `\*serialized\.ModelProvider written by Repository\.CreateModelProvider -> CreateModelProvider -> InsertOne stores APIKey \(key "spec\.apiKey", which is serialized by protojson\.MarshalOptions\.Marshal\) in plaintext`
}

// Rename builds a provider with no key: nothing secret is serialized.
func (s *Service) Rename(ctx context.Context, name string) error {
	return s.repo.CreateModelProvider(ctx, &ModelProvider{Name: name})
}

// saveWebhook serializes the hook the client posted, inline.
func saveWebhook(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var h Webhook
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		return err
	}
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, bson.M{"_id": h.URL, "spec": string(b)}) // want `stores Secret \(key "spec\.signing_secret", which is serialized by json\.Marshal\) in plaintext`
	return err
}

// saveBlob keeps the JSON as bytes, through the helper of another package.
func saveBlob(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	h := Webhook{URL: r.FormValue("url"), Secret: r.FormValue("secret")}
	s, err := codec.Encode(&h)
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, blobDoc{ID: h.URL, Data: []byte(s)}) // want `stores Secret \(key "data\.signing_secret", which is serialized by json\.Marshal\) in plaintext`
	return err
}

// saveMasked: JSON leaves the secret out.
func saveMasked(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	h := Masked{URL: r.FormValue("url"), Secret: r.FormValue("secret")}
	b, _ := json.Marshal(h)
	_, err := c.InsertOne(ctx, blobDoc{ID: h.URL, Data: b})
	return err
}

// saveSealed encrypts the JSON before it is stored.
func saveSealed(ctx context.Context, c *mongo.Collection, key []byte, r *http.Request) error {
	h := Webhook{URL: r.FormValue("url"), Secret: r.FormValue("secret")}
	b, _ := json.Marshal(h)
	block, err := aes.NewCipher(key)
	if err != nil {
		return err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return err
	}
	nonce := make([]byte, gcm.NonceSize())
	_, err = c.InsertOne(ctx, blobDoc{ID: h.URL, Data: gcm.Seal(nonce, nonce, b, nil)})
	return err
}

// saveDigest stores a digest of the JSON, to detect changes.
func saveDigest(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	h := Webhook{URL: r.FormValue("url"), Secret: r.FormValue("secret")}
	b, _ := json.Marshal(h)
	sum := sha256.Sum256(b)
	_, err := c.InsertOne(ctx, configDoc{ID: h.URL, Spec: hex.EncodeToString(sum[:])})
	return err
}

// saveSummary stores JSON that holds only a name.
func saveSummary(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	h := Webhook{URL: r.FormValue("url"), Secret: r.FormValue("secret")}
	_, err := c.InsertOne(ctx, configDoc{ID: h.URL, Spec: codec.Summary(h.URL, h)})
	return err
}

// saveEmpty serializes a hook whose secret nothing sets.
func saveEmpty(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	url := r.FormValue("url")
	b, _ := json.Marshal(Webhook{URL: url})
	_, err := c.InsertOne(ctx, configDoc{ID: url, Spec: string(b)})
	return err
}

// saveKey serializes the key it is given; its caller's argument decides.
func saveKey(ctx context.Context, c *mongo.Collection, id, secret string) error { // want saveKey:`param 3 as "spec\.signing_secret" via saveKey -> InsertOne serialized by json\.Marshal`
	b, _ := json.Marshal(Webhook{URL: id, Secret: secret})
	_, err := c.InsertOne(ctx, configDoc{ID: id, Spec: string(b)})
	return err
}

func rotate(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	return saveKey(ctx, c, "hook", r.FormValue("secret")) // want `stores key "spec\.signing_secret" \(which is serialized by json\.Marshal\) in plaintext`
}

var _ Repository = (*Store)(nil)

var _, _, _, _, _, _ = saveWebhook, saveBlob, saveMasked, saveSealed, saveDigest, saveSummary
var _, _ = saveEmpty, rotate
