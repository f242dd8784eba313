// Stub of github.com/chenmingyong0423/go-mongox v1.6.0: only what
// cryptolint matches, with the real signatures.
package mongox

import (
	"github.com/chenmingyong0423/go-mongox/creator"
	"github.com/chenmingyong0423/go-mongox/updater"
	"go.mongodb.org/mongo-driver/mongo"
)

type Collection[T any] struct{ collection *mongo.Collection }

func NewCollection[T any](collection *mongo.Collection) *Collection[T] { return nil }

func (c *Collection[T]) Creator() *creator.Creator[T] { return nil }
func (c *Collection[T]) Updater() *updater.Updater[T] { return nil }
