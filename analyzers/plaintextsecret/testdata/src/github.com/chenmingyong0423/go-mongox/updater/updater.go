// Stub of github.com/chenmingyong0423/go-mongox/updater v1.6.0: only what
// cryptolint matches, with the real signatures (options simplified).
package updater

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
)

type Updater[T any] struct{}

func (u *Updater[T]) Filter(filter any) *Updater[T]           { return u }
func (u *Updater[T]) Updates(updates any) *Updater[T]         { return u }
func (u *Updater[T]) Replacement(replacement any) *Updater[T] { return u }
func (u *Updater[T]) UpdateOne(ctx context.Context, opts ...any) (*mongo.UpdateResult, error) {
	return nil, nil
}
