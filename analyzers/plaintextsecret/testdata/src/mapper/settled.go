package mapper

import (
	"context"
	"crypto/cipher"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

// ClusterRequest is what a client sends to register a cluster.
type ClusterRequest struct {
	Name       string
	KubeConfig string
}

type cluster struct {
	Name       string `bson:"name"`
	KubeConfig string `bson:"kubeconfig"`
}

func (c *cluster) deepCopy() *cluster { d := *c; return &d } // want deepCopy:`returns the receiver`

// clusterFromRequest starts from a copy of the old cluster or an empty
// one, then sets the fields from the request on every path: whichever
// value it started from, KubeConfig is the request's.
func clusterFromRequest(req ClusterRequest, old *cluster) (c *cluster) { // want clusterFromRequest:`fills KubeConfig`
	if old != nil {
		c = old.deepCopy()
	} else {
		c = &cluster{}
	}
	c.Name = req.Name
	c.KubeConfig = req.KubeConfig
	return c
}

// clusterMaybeFrom sets KubeConfig on one path only: nothing is known of
// it on the other.
func clusterMaybeFrom(req ClusterRequest, old *cluster) (c *cluster) {
	if old != nil {
		c = old.deepCopy()
	} else {
		c = &cluster{}
		c.KubeConfig = req.KubeConfig
	}
	return c
}

// sealedCluster replaces the field with ciphertext after every value c
// was given.
func sealedCluster(aead cipher.AEAD, nonce []byte, req ClusterRequest, old *cluster) *cluster { // want sealedCluster:`protects KubeConfig`
	var c *cluster
	if old != nil {
		c = old.deepCopy()
	} else {
		c = &cluster{}
	}
	c.KubeConfig = string(aead.Seal(nil, nonce, []byte(req.KubeConfig), nil))
	return c
}

func AddCluster(ctx context.Context, coll *mongo.Collection, aead cipher.AEAD, nonce []byte, req ClusterRequest) error {
	c := clusterFromRequest(req, nil)
	if _, err := coll.InsertOne(ctx, c); err != nil { // want `\*mapper\.cluster written by InsertOne stores KubeConfig \(key "kubeconfig"\) in plaintext`
		return err
	}
	if _, err := coll.InsertOne(ctx, clusterMaybeFrom(req, nil)); err != nil {
		return err
	}
	_, err := coll.InsertOne(ctx, sealedCluster(aead, nonce, req, nil))
	return err
}
