// Stub of github.com/qiniu/qmgo v1.1.10: only what cryptolint matches, with
// the real signatures.
package qmgo

import "context"

type Collection struct{}
type InsertOneResult struct{}

func (c *Collection) InsertOne(ctx context.Context, doc interface{}, opts ...interface{}) (*InsertOneResult, error) {
	return nil, nil
}
func (c *Collection) UpdateOne(ctx context.Context, filter interface{}, update interface{}, opts ...interface{}) error {
	return nil
}
