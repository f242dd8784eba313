// Package updateops: what an update stores depends on its operators and
// on which assignments to the update reach the write.
package updateops

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

func newToken() string { return "t" + time.Now().String() }

// Logout removes the token: $unset stores nothing, whatever its values
// are, and $rename's value is a field's new name.
func logout(ctx context.Context, c *mongo.Collection, id string) error {
	token := newToken()
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$unset": bson.M{"reset_token": token, "session_token": ""}, "$rename": bson.M{"api_key": "old_api_key"}})
	return err
}

// clear builds the same update in steps; its $set is stored.
func clear(ctx context.Context, c *mongo.Collection, id string) error {
	token := newToken()
	update := bson.M{}
	update["$unset"] = bson.M{"reset_token": token}
	update["$set"] = bson.M{"api_key": token}
	_, err := c.UpdateOne(ctx, bson.M{"_id": id}, update) // want `document written by UpdateOne stores key "api_key" in plaintext`
	return err
}

// setPushover removes the token on one branch and sets it on the other:
// the key assigned on the second branch, after the first write in the
// source, is not what the first write stores.
func setPushover(ctx context.Context, c *mongo.Collection, remove bool) error {
	tok := newToken()
	update := bson.M{"updated_at": time.Now()}
	if remove {
		_, err := c.UpdateOne(ctx, bson.M{"_id": "global"}, bson.M{"$set": update, "$unset": bson.M{"app_token": ""}})
		return err
	}
	update["app_token"] = tok
	_, err := c.UpdateOne(ctx, bson.M{"_id": "global"}, bson.M{"$set": update}) // want `document written by UpdateOne stores key "app_token" in plaintext`
	return err
}

// rotate sets the key in a loop before each write: every write stores it.
func rotate(ctx context.Context, c *mongo.Collection, ids []string) error {
	update := bson.M{}
	for _, id := range ids {
		update["api_key"] = newToken()
		if _, err := c.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": update}); err != nil { // want `document written by UpdateOne stores key "api_key" in plaintext`
			return err
		}
	}
	return nil
}

var _, _, _, _ = logout, clear, setPushover, rotate
