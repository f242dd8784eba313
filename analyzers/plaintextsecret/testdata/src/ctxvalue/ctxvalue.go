// Package ctxvalue writes back users that a middleware put in the request
// context: a user it read from the database is the stored form, one it
// decoded from the request is not.
package ctxvalue

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	ID         string `bson:"_id"`
	TOTPSecret string `bson:"totp_secret"`
}

type ctxKey int

const (
	ctxUser ctxKey = iota
	ctxDraft
)

type userKey struct{}

type Server struct{ col *mongo.Collection }

func (s *Server) bySession(ctx context.Context, sid string) (*User, error) { // want bySession:"returns a stored document"
	var u User
	if err := s.col.FindOne(ctx, bson.M{"session": sid}).Decode(&u); err != nil {
		return nil, err
	}
	return &u, nil
}

// auth puts the session's user, read from the database, in the context,
// under a constant key and under a type key.
func (s *Server) auth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := s.bySession(r.Context(), r.Header.Get("Cookie"))
		if err != nil {
			return
		}
		ctx := context.WithValue(r.Context(), ctxUser, u)
		ctx = context.WithValue(ctx, userKey{}, u)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// draft puts a user decoded from the request body in the context.
func draft(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var u User
		_ = json.NewDecoder(r.Body).Decode(&u)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxDraft, &u)))
	})
}

func userFrom(r *http.Request) *User { return r.Context().Value(ctxUser).(*User) } // want userFrom:"returns a stored document"

func draftFrom(r *http.Request) *User { return r.Context().Value(ctxDraft).(*User) }

// enable writes back the session user's secret: the stored form.
func (s *Server) enable(w http.ResponseWriter, r *http.Request) {
	u := userFrom(r)
	_, _ = s.col.UpdateOne(r.Context(), bson.M{"_id": u.ID}, bson.M{"$set": bson.M{"totp_secret": u.TOTPSecret}})
}

// enableTyped reads the user under the type key, with the comma-ok form.
func (s *Server) enableTyped(w http.ResponseWriter, r *http.Request) {
	u, ok := r.Context().Value(userKey{}).(*User)
	if !ok {
		return
	}
	_, _ = s.col.UpdateOne(r.Context(), bson.M{"_id": u.ID}, bson.M{"$set": bson.M{"totp_secret": u.TOTPSecret}})
}

// saveDraft writes the secret the client posted.
func (s *Server) saveDraft(w http.ResponseWriter, r *http.Request) {
	u := draftFrom(r)
	_, _ = s.col.UpdateOne(r.Context(), bson.M{"_id": u.ID}, bson.M{"$set": bson.M{"totp_secret": u.TOTPSecret}}) // want `^document written by UpdateOne stores key "totp_secret" in plaintext; .*\(CL101\)$`
}
