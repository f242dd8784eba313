// Stub of go.mongodb.org/mongo-driver/mongo v1.17.10: only what cryptolint
// matches, with the real signatures (option lists simplified).
package mongo

import "context"

type Collection struct{}
type InsertOneResult struct{}
type InsertManyResult struct{}
type UpdateResult struct{}
type SingleResult struct{}

func (coll *Collection) InsertOne(ctx context.Context, document interface{}, opts ...interface{}) (*InsertOneResult, error) {
	return nil, nil
}
func (coll *Collection) InsertMany(ctx context.Context, documents []interface{}, opts ...interface{}) (*InsertManyResult, error) {
	return nil, nil
}
func (coll *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{}, opts ...interface{}) (*UpdateResult, error) {
	return nil, nil
}
func (coll *Collection) FindOne(ctx context.Context, filter interface{}, opts ...interface{}) *SingleResult {
	return nil
}
