// Package mongodriver is a stub of grove's MongoDB driver
// (github.com/xraph/grove/drivers/mongodriver): query builders that take
// the model when they are made and run on Exec or Scan.
package mongodriver

import "context"

type M = map[string]any

type MongoDB struct{}

type result struct{}

type InsertQuery struct{ model any }

func (db *MongoDB) NewInsert(model any) *InsertQuery             { return &InsertQuery{model: model} }
func (q *InsertQuery) Collection(name string) *InsertQuery       { return q }
func (q *InsertQuery) Exec(ctx context.Context) (*result, error) { return nil, nil }

type UpdateQuery struct{ model any }

func (db *MongoDB) NewUpdate(model any) *UpdateQuery             { return &UpdateQuery{model: model} }
func (q *UpdateQuery) Filter(f M) *UpdateQuery                   { return q }
func (q *UpdateQuery) Set(field string, value any) *UpdateQuery  { return q }
func (q *UpdateQuery) SetUpdate(update M) *UpdateQuery           { return q }
func (q *UpdateQuery) Exec(ctx context.Context) (*result, error) { return nil, nil }

type FindQuery struct{ model []any }

func (db *MongoDB) NewFind(model ...any) *FindQuery { return &FindQuery{model: model} }
func (q *FindQuery) Filter(f M) *FindQuery          { return q }
func (q *FindQuery) Scan(ctx context.Context) error { return nil }

type DeleteQuery struct{ model any }

func (db *MongoDB) NewDelete(model any) *DeleteQuery             { return &DeleteQuery{model: model} }
func (q *DeleteQuery) Filter(f M) *DeleteQuery                   { return q }
func (q *DeleteQuery) Exec(ctx context.Context) (*result, error) { return nil, nil }
