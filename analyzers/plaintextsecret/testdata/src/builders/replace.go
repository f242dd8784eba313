package builders

import (
	"context"
	"crypto/cipher"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// A repository that encrypts what its callers put under one key of the
// update map before the write: the callers' values under that key are
// not what is stored; those under other keys are.

type ClusterCreds struct {
	Server string `bson:"server"`
	Token  string `bson:"token"`
}

var aead cipher.AEAD

func sealCreds(c ClusterCreds) (*ClusterCreds, error) { // want sealCreds:`protects Token`
	out := &ClusterCreds{Server: c.Server}
	out.Token = string(aead.Seal(nil, make([]byte, aead.NonceSize()), []byte(c.Token), nil))
	return out, nil
}

func updateCluster(ctx context.Context, c *mongo.Collection, id string, update bson.M) error { // want updateCluster:`writes param 3 via updateCluster -> UpdateOne replacing keys credentials`
	if creds, ok := update["credentials"].(ClusterCreds); ok {
		next, err := sealCreds(creds)
		if err != nil {
			return err
		}
		update["credentials"] = *next
	}
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": update})
	return err
}

func SetCreds(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	creds := ClusterCreds{Server: r.FormValue("server"), Token: r.FormValue("token")}
	return updateCluster(ctx, c, r.FormValue("id"), bson.M{"credentials": creds, "name": r.FormValue("name")})
}

func SetCredsAndKey(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	creds := ClusterCreds{Server: r.FormValue("server"), Token: r.FormValue("token")}
	return updateCluster(ctx, c, r.FormValue("id"), bson.M{"credentials": creds, "api_key": r.FormValue("key")}) // want `document written by updateCluster -> UpdateOne stores key "api_key" in plaintext`
}
