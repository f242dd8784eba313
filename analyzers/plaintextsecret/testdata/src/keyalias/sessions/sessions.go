// Package sessions filters on the keys of a model declared in a package of
// the same module, whose path has no dot ("keyalias/model", as a module
// named "facebook-bot" has): its keys are aliases all the same.
package sessions

import (
	"context"
	"time"

	"keyalias/model"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

var _ model.Session

// Extend filters an update on the raw session id: only the model's field
// says that "session_id" is a credential.
// The command reports it as an entry point (TestWholeProgram); the
// modular pass records it in the fact.
func Extend(ctx context.Context, c *mongo.Collection, sessionID string) error { // want Extend:`writes param 2 as "session_id" via Extend -> UpdateOne`
	_, err := c.UpdateOne(ctx, bson.M{"session_id": sessionID}, bson.M{"$set": bson.M{"expires_at": time.Now()}})
	return err
}
