// Package update builds $set maps in helpers from request messages, and a
// service passes them to a repository that writes them.
package update

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

type Coll struct{ coll *mongo.Collection }

func (o *Coll) Update(ctx context.Context, account string, update map[string]any) error { // want Update:`writes param 2 via Update -> UpdateOne`
	_, err := o.coll.UpdateOne(ctx, bson.M{"user_id": account}, bson.M{"$set": update})
	return err
}

// PasswordUpdate returns a literal holding its parameter.
func PasswordUpdate(password string) (map[string]any, error) { // want PasswordUpdate:`returns document with "password" from param 0`
	if password == "" {
		return nil, errors.New("password is empty")
	}
	return map[string]any{"password": password}, nil
}

type StringValue struct{ Value string }

type InfoReq struct {
	Nickname *StringValue
	Password *StringValue
}

// InfoUpdate makes an empty map and fills it by key.
func InfoUpdate(req *InfoReq) (map[string]any, error) { // want InfoUpdate:`returns document with "password" from param 0 field Password.Value`
	update := make(map[string]any)
	if req.Nickname != nil {
		update["nickname"] = req.Nickname.Value
	}
	if req.Password != nil {
		update["password"] = req.Password.Value
	}
	return update, nil
}

// HashedUpdate fills the map with a bcrypt hash.
func HashedUpdate(req *InfoReq) map[string]any { // want HashedUpdate:`returns document with "password" from protected value`
	update := make(map[string]any)
	if req.Password != nil {
		h, _ := bcrypt.GenerateFromPassword([]byte(req.Password.Value), bcrypt.DefaultCost)
		update["password"] = string(h)
	}
	return update
}

// NicknameUpdate holds nothing sensitive.
func NicknameUpdate(req *InfoReq) map[string]any {
	update := make(map[string]any)
	update["nickname"] = req.Nickname.Value
	return update
}

type Server struct{ db *Coll }

func (s *Server) ChangePassword(ctx context.Context, userID, newPassword string) error {
	update, err := PasswordUpdate(newPassword + "")
	if err != nil {
		return err
	}
	return s.db.Update(ctx, userID, update) // want `document written by Update -> UpdateOne stores key "password" in plaintext`
}

func (s *Server) UpdateInfo(ctx context.Context, userID string, req *InfoReq) error {
	update, err := InfoUpdate(req)
	if err != nil {
		return err
	}
	return s.db.Update(ctx, userID, update) // want `document written by Update -> UpdateOne stores Value \(key "password"\) in plaintext`
}

func (s *Server) UpdateHashed(ctx context.Context, userID string, req *InfoReq) error {
	if err := s.db.Update(ctx, userID, HashedUpdate(req)); err != nil {
		return err
	}
	return s.db.Update(ctx, userID, NicknameUpdate(req))
}

// FlatReq is a request with the password at its top level.
type FlatReq struct {
	Password string
}

// FlatUpdate copies a field of its parameter into the map: its callers
// say what the field holds.
func FlatUpdate(req *FlatReq) map[string]any { // want FlatUpdate:`returns document with "password" from param 0 field Password`
	update := make(map[string]any)
	update["password"] = req.Password
	return update
}

func (s *Server) UpdateFlat(ctx context.Context, userID string, req *FlatReq) error {
	return s.db.Update(ctx, userID, FlatUpdate(req)) // want `document written by Update -> UpdateOne stores Password \(key "password"\) in plaintext`
}

// UpdateFlatHashed hashes the password in the request before the helper
// copies it: protected.
func (s *Server) UpdateFlatHashed(ctx context.Context, userID string, req *FlatReq) error {
	h, err := bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	req.Password = string(h)
	return s.db.Update(ctx, userID, FlatUpdate(req))
}

// updateFlat is called in the package: its callers judge the field.
func (s *Server) updateFlat(ctx context.Context, userID string, req *FlatReq) error { // want updateFlat:`writes param 2 field Password as "password" via updateFlat -> Update -> UpdateOne`
	return s.db.Update(ctx, userID, FlatUpdate(req))
}

func (s *Server) SetDigest(ctx context.Context, userID, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return s.updateFlat(ctx, userID, &FlatReq{Password: string(h)})
}
