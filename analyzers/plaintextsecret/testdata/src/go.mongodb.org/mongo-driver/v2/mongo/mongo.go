// Stub of go.mongodb.org/mongo-driver/v2/mongo v2.10.0: only what
// cryptolint matches, with the real signatures (option lists simplified
// to ...any).
package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
)

type Client struct{}
type Database struct{}
type Collection struct{}
type SingleResult struct{}
type Cursor struct{}
type InsertOneResult struct{}
type InsertManyResult struct{}
type UpdateResult struct{}
type BulkWriteResult struct{}
type DeleteResult struct{}

type Pipeline []bson.D

func (c *Client) Database(name string, opts ...any) *Database        { return nil }
func (db *Database) Collection(name string, opts ...any) *Collection { return nil }
func (db *Database) RunCommand(ctx context.Context, runCommand any, opts ...any) *SingleResult {
	return nil
}

func (coll *Collection) InsertOne(ctx context.Context, document any, opts ...any) (*InsertOneResult, error) {
	return nil, nil
}
func (coll *Collection) InsertMany(ctx context.Context, documents any, opts ...any) (*InsertManyResult, error) {
	return nil, nil
}
func (coll *Collection) UpdateOne(ctx context.Context, filter any, update any, opts ...any) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) UpdateByID(ctx context.Context, id any, update any, opts ...any) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) ReplaceOne(ctx context.Context, filter any, replacement any, opts ...any) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) DeleteOne(ctx context.Context, filter any, opts ...any) (*DeleteResult, error) {
	return nil, nil
}
func (coll *Collection) DeleteMany(ctx context.Context, filter any, opts ...any) (*DeleteResult, error) {
	return nil, nil
}
func (coll *Collection) CountDocuments(ctx context.Context, filter any, opts ...any) (int64, error) {
	return 0, nil
}
func (coll *Collection) FindOne(ctx context.Context, filter any, opts ...any) *SingleResult {
	return nil
}
func (coll *Collection) FindOneAndUpdate(ctx context.Context, filter any, update any, opts ...any) *SingleResult {
	return nil
}
func (coll *Collection) Find(ctx context.Context, filter any, opts ...any) (*Cursor, error) {
	return nil, nil
}
func (coll *Collection) BulkWrite(ctx context.Context, models []WriteModel, opts ...any) (*BulkWriteResult, error) {
	return nil, nil
}

type WriteModel interface{ writeModel() }

type InsertOneModel struct{ Document any }

func NewInsertOneModel() *InsertOneModel                        { return nil }
func (iom *InsertOneModel) SetDocument(doc any) *InsertOneModel { return iom }
func (*InsertOneModel) writeModel()                             {}

type UpdateOneModel struct {
	Filter any
	Update any
}

func NewUpdateOneModel() *UpdateOneModel                         { return nil }
func (uom *UpdateOneModel) SetUpdate(update any) *UpdateOneModel { return uom }
func (*UpdateOneModel) writeModel()                              {}

type ClientEncryption struct{}

func (ce *ClientEncryption) Encrypt(ctx context.Context, val any, opts ...any) (bson.Binary, error) {
	return bson.Binary{}, nil
}

func (sr *SingleResult) Decode(v any) error                  { return nil }
func (sr *SingleResult) Err() error                          { return nil }
func (c *Cursor) Next(ctx context.Context) bool              { return false }
func (c *Cursor) Decode(val any) error                       { return nil }
func (c *Cursor) All(ctx context.Context, results any) error { return nil }
