// Package secretsmongo implements secrets.Service with MongoDB and
// registers itself as a registry.Object: nothing converts it to
// secrets.Service, the handler asserts the registry's object to it.
package secretsmongo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/registry"
)

type store struct{ coll *mongo.Collection }

func init() { registry.Register(&store{}) }

func (s *store) Name() string { return "secrets" }

func (s *store) Put(ctx context.Context, name, clientSecret string) error {
	_, err := s.coll.InsertOne(ctx, bson.M{"name": name, "client_secret": clientSecret})
	return err
}
