// Package methodcopy updates stored users through a method of the
// document that copies a sub-document from its argument (u.Update(req),
// with u.FeishuToken = req.FeishuToken): the written document holds what
// the argument held there, not the stored form.
package methodcopy

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type OAuthToken struct {
	AccessToken  string `bson:"access_token"`
	RefreshToken string `bson:"refresh_token"`
}

type User struct {
	ID          string      `bson:"_id"`
	Name        string      `bson:"name"`
	FeishuToken *OAuthToken `bson:"feishu_token"`
}

type UpdateRequest struct {
	ID          string
	Name        string
	FeishuToken *OAuthToken
}

// Update replaces the user's fields with the request's.
func (u *User) Update(req *UpdateRequest) { // want Update:"copies into receiver FeishuToken from param 0 field FeishuToken"
	u.Name = req.Name
	u.FeishuToken = req.FeishuToken
}

// Link sets the token only when one is given; the fact still says where
// it comes from.
func (u *User) Link(tok *OAuthToken) { // want Link:"copies into receiver FeishuToken from param 0"
	if tok != nil {
		u.FeishuToken = tok
	}
}

// Mix sets the token from two places: no single source.
func (u *User) Mix(a, b *OAuthToken, first bool) {
	if first {
		u.FeishuToken = a
		return
	}
	u.FeishuToken = b
}

type Svc struct{ col *mongo.Collection }

func (s *Svc) get(ctx context.Context, id string) (*User, error) { // want get:"returns a stored document"
	u := &User{}
	if err := s.col.FindOne(ctx, bson.M{"_id": id}).Decode(u); err != nil {
		return nil, err
	}
	return u, nil
}

// UpdateUser writes the stored user with the request's token: its
// callers say what the request holds.
func (s *Svc) UpdateUser(ctx context.Context, req *UpdateRequest) error { // want UpdateUser:"writes param 1 field FeishuToken.AccessToken as \"feishu_token.access_token\" via UpdateUser -> ReplaceOne, param 1 field FeishuToken.RefreshToken as \"feishu_token.refresh_token\" via UpdateUser -> ReplaceOne"
	u, err := s.get(ctx, req.ID)
	if err != nil {
		return err
	}
	u.Update(req)
	_, err = s.col.ReplaceOne(ctx, bson.M{"_id": u.ID}, u)
	return err
}

// Rename writes the stored user back after Update, then the stored
// token is put back: the write holds the stored form.
func (s *Svc) Rename(ctx context.Context, req *UpdateRequest) error {
	u, err := s.get(ctx, req.ID)
	if err != nil {
		return err
	}
	old := u.FeishuToken
	u.Update(req)
	u.FeishuToken = old
	_, err = s.col.ReplaceOne(ctx, bson.M{"_id": u.ID}, u)
	return err
}

// Reload updates the user, then reads it again before the write: what
// Update copied is gone with the old value.
func (s *Svc) Reload(ctx context.Context, req *UpdateRequest) error {
	u, err := s.get(ctx, req.ID)
	if err != nil {
		return err
	}
	u.Update(req)
	if u, err = s.get(ctx, req.ID); err != nil {
		return err
	}
	_, err = s.col.ReplaceOne(ctx, bson.M{"_id": u.ID}, u)
	return err
}

// Reset updates a user, then starts over from a new one before the
// write.
func (s *Svc) Reset(ctx context.Context, req *UpdateRequest) error {
	u := &User{ID: req.ID}
	u.Update(req)
	u = &User{ID: req.ID, Name: req.Name}
	_, err := s.col.ReplaceOne(ctx, bson.M{"_id": u.ID}, u)
	return err
}

// Swap updates one user and writes another, then the first.
func (s *Svc) Swap(ctx context.Context, req *UpdateRequest, other *User) error {
	u, err := s.get(ctx, req.ID)
	if err != nil {
		return err
	}
	u.Update(req)
	u = other
	_, err = s.col.ReplaceOne(ctx, bson.M{"_id": u.ID}, u)
	return err
}

// Handler decodes the request body: the token it carries reaches the
// write through UpdateUser and Update.
func Handler(s *Svc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req UpdateRequest
		_ = json.NewDecoder(r.Body).Decode(&req)
		_ = s.UpdateUser(r.Context(), &req) // want `^\*methodcopy.UpdateRequest written by UpdateUser -> ReplaceOne stores AccessToken \(key "feishu_token.access_token"\), RefreshToken \(key "feishu_token.refresh_token"\) in plaintext; .*\(CL101\)$`
	}
}

// RenameOnly passes a request without a token: nothing is copied.
func RenameOnly(ctx context.Context, s *Svc, id, name string) error {
	return s.UpdateUser(ctx, &UpdateRequest{ID: id, Name: name})
}

// Login links the token the provider posted back and writes the user in
// the same function.
func (s *Svc) Login(w http.ResponseWriter, r *http.Request) {
	var tok OAuthToken
	_ = json.NewDecoder(r.Body).Decode(&tok)
	u, err := s.get(r.Context(), r.FormValue("id"))
	if err != nil {
		return
	}
	u.Link(&tok)
	_, _ = s.col.ReplaceOne(r.Context(), bson.M{"_id": u.ID}, u) // want `^\*methodcopy.User written by ReplaceOne stores AccessToken \(key "feishu_token.access_token"\), RefreshToken \(key "feishu_token.refresh_token"\) in plaintext; .*\(CL101\)$`
}

// Relink links a token read from another stored user: the stored form.
func (s *Svc) Relink(ctx context.Context, from, to string) error {
	src, err := s.get(ctx, from)
	if err != nil {
		return err
	}
	u, err := s.get(ctx, to)
	if err != nil {
		return err
	}
	u.Link(src.FeishuToken)
	_, err = s.col.ReplaceOne(ctx, bson.M{"_id": u.ID}, u)
	return err
}
