// Package changelog keeps an audit log: the old and new versions of what
// changed, as interface{} values, stored through a repository interface.
package changelog

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Change struct {
	Old interface{} `bson:"old"`
	New interface{} `bson:"new"`
}

type Entry struct {
	Module  string            `bson:"module"`
	Changes map[string]Change `bson:"changes"`
}

// Logger is what services see of the audit log.
type Logger interface {
	LogChange(ctx context.Context, module string, changes map[string]Change) error
}

type Repository interface {
	Create(ctx context.Context, e Entry) error
}

type service struct{ repo Repository }

func New(repo Repository) Logger { return &service{repo: repo} }

func (s *service) LogChange(ctx context.Context, module string, changes map[string]Change) error {
	e := Entry{Module: module, Changes: changes}
	return s.repo.Create(ctx, e)
}

type MongoRepository struct{ Coll *mongo.Collection }

func (r *MongoRepository) Create(ctx context.Context, e Entry) error {
	_, err := r.Coll.InsertOne(ctx, e)
	return err
}
