package namectx

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"encoding/hex"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Order keeps a deposit wallet under keys that name some key without
// saying which: what the program puts there says it.
type Order struct {
	Address   string `bson:"address"`
	SegwitKey string `bson:"segwit_key"`
	ETHKey    string `bson:"eth_key"`
	CacheKey  string `bson:"cache_key"`
	PubKey    string `bson:"pub_key"`
}

func newWallet() (privKey, address string, err error) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return "", "", err
	}
	return hex.EncodeToString(k.D.Bytes()), hex.EncodeToString(k.X.Bytes()), nil
}

func CreateOrder(ctx context.Context, c *mongo.Collection, sessionToken string) error {
	privKey, address, err := newWallet()
	if err != nil {
		return err
	}
	var o Order
	o.Address = address
	o.ETHKey = privKey
	_, err = c.InsertOne(ctx, &o) // want `\*namectx\.Order written by InsertOne stores ETHKey \(key "eth_key", which holds privKey\) in plaintext`
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, Order{Address: address, SegwitKey: privKey}) // want `namectx\.Order written by InsertOne stores SegwitKey \(key "segwit_key", which holds privKey\) in plaintext`
	if err != nil {
		return err
	}

	// A token under a cache key is looked up by, it may be an identifier
	// of the session; the address is public; a public key is public
	// whatever the variable is called.
	pubKey := address
	_, err = c.InsertOne(ctx, Order{Address: address, CacheKey: sessionToken, SegwitKey: pubKey, PubKey: privKey})
	return err
}

// SaveSetting fills a row field by field: the variable assigned names
// what the generic field holds, as in a literal.
func SaveSetting(ctx context.Context, c *mongo.Collection, apiKey, hashedAPIKey string) {
	var s Setting
	s.Name = "provider"
	s.Value = apiKey
	c.InsertOne(ctx, &s) // want `\*namectx\.Setting written by InsertOne stores Value \(key "value", which holds apiKey\) in plaintext`

	var h Setting
	h.Name = "provider"
	h.Value = hashedAPIKey
	c.InsertOne(ctx, &h)

	// Reassigned before the write: what the write stores is named code.
	var r Setting
	r.Value = apiKey
	code := hashedAPIKey[:4]
	r.Value = code
	c.InsertOne(ctx, &r)
}
