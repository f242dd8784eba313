// Package grove: grove's MongoDB query builders write the model given to
// NewInsert and NewUpdate when Exec runs, and match the filter given to
// Filter; a typed nil model with Set writes only the keys set.
package grove

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"github.com/xraph/grove/drivers/mongodriver"
)

type sessionModel struct {
	ID           string `grove:"id,pk" bson:"_id"`
	Token        string `grove:"token" bson:"token"`
	RefreshToken string `grove:"refresh_token" bson:"refresh_token"`
	Consumed     bool   `grove:"consumed" bson:"consumed"`
}

type Store struct{ mdb *mongodriver.MongoDB }

func (s *Store) Create(ctx context.Context, id, token, refresh string) error { // want Create:`writes param 2 as "token" via Create -> NewInsert, param 3 as "refresh_token" via Create -> NewInsert`
	m := &sessionModel{ID: id, Token: token, RefreshToken: refresh}
	_, err := s.mdb.NewInsert(m).Exec(ctx)
	return err
}

func digest(s string) string { // want digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func (s *Store) CreateHashed(ctx context.Context, id, token, refresh string) error {
	m := &sessionModel{ID: id, Token: digest(token), RefreshToken: digest(refresh)}
	_, err := s.mdb.NewInsert(m).Exec(ctx)
	return err
}

func (s *Store) Rotate(ctx context.Context, id, token string) error { // want Rotate:`writes param 2 as "token" via Rotate -> NewUpdate`
	m := &sessionModel{ID: id, Token: token}
	_, err := s.mdb.NewUpdate(m).Filter(mongodriver.M{"_id": id}).Exec(ctx)
	return err
}

func (s *Store) Get(ctx context.Context, token string) (*sessionModel, error) { // want Get:`returns a stored document` Get:`writes param 1 as "token" via Get -> Filter`
	var m sessionModel
	err := s.mdb.NewFind(&m).Filter(mongodriver.M{"token": token}).Scan(ctx)
	return &m, err
}

func (s *Store) Consume(ctx context.Context, id string) error {
	_, err := s.mdb.NewUpdate((*sessionModel)(nil)).Set("consumed", true).Filter(mongodriver.M{"_id": id}).Exec(ctx)
	return err
}

func newToken() string { // want newToken:`returns a new secret`
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func login(ctx context.Context, s *Store, r *http.Request) {
	presented := r.URL.Query().Get("token")
	s.Create(ctx, "id", newToken(), newToken()) // want `value written by Create -> NewInsert stores key "token", key "refresh_token" in plaintext`
	s.CreateHashed(ctx, "id", newToken(), newToken())
	s.Rotate(ctx, "id", newToken()) // want `value written by Rotate -> NewUpdate stores key "token" in plaintext`
	s.Get(ctx, presented)           // want `filter of Get -> Filter matches key "token" against`
	s.Consume(ctx, "id")
}
