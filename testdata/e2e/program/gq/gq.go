// Package gq is a generic query builder: callers hold a Query[T] and the
// MongoDB implementation is the generic query[T].
package gq

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Query[T any] interface {
	InsertOne(ctx context.Context, doc *T) error
}

type query[T any] struct{ c *mongo.Collection }

func New[T any](c *mongo.Collection) Query[T] { return &query[T]{c: c} }

func (q *query[T]) InsertOne(ctx context.Context, doc *T) error {
	_, err := q.c.InsertOne(ctx, doc)
	return err
}
