// Package sessions writes fields of its parameters, as generated query
// code does (sqlc-style Params structs); other packages call it.
package sessions

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Queries struct{ Coll *mongo.Collection }

type TokenParams struct {
	ID          string
	AccessToken string
}

// SetAccessToken is called by package login, with a token at login and
// an empty string at logout: the callers' values are judged there, not
// the field here.
func (q *Queries) SetAccessToken(ctx context.Context, arg TokenParams) error {
	_, err := q.Coll.UpdateOne(ctx, bson.D{{Key: "_id", Value: arg.ID}}, bson.D{{Key: "$set", Value: bson.D{{Key: "access_token", Value: arg.AccessToken}}}})
	return err
}

// SetRefreshToken is only taken as a value (main registers it): no caller
// shows the value, so the whole-program step reports the write.
func (q *Queries) SetRefreshToken(ctx context.Context, arg TokenParams) error {
	_, err := q.Coll.UpdateOne(ctx, bson.D{{Key: "_id", Value: arg.ID}}, bson.D{{Key: "$set", Value: bson.D{{Key: "refresh_token", Value: arg.AccessToken}}}})
	return err
}

// UserSession is keyed by the identifier in the client's cookie: only the
// type says that "session_id" is a credential.
type UserSession struct {
	SessionID string `bson:"session_id"`
	UserID    string `bson:"user_id"`
}

// Touch, which nothing calls, matches the raw session id: the command
// reports it as an entry point, naming the key its type gives.
func (q *Queries) Touch(ctx context.Context, sessionID string) error {
	_, err := q.Coll.UpdateOne(ctx, bson.M{"session_id": sessionID}, bson.M{"$set": bson.M{"user_id": ""}})
	return err
}
