// Stub of github.com/kamva/mgm/v3 v3.5.0: only what cryptolint matches,
// with the real signatures.
package mgm

import "go.mongodb.org/mongo-driver/mongo"

type Model interface{ GetID() interface{} }

type Collection struct {
	*mongo.Collection
}

func Coll(m Model) *Collection { return nil }

func (coll *Collection) Create(model Model, opts ...interface{}) error { return nil }
