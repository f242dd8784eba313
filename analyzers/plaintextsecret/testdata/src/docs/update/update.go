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
func InfoUpdate(req *InfoReq) (map[string]any, error) { // want InfoUpdate:`returns document with "password" from own value`
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
	return s.db.Update(ctx, userID, update) // want `document written by Update -> UpdateOne stores key "password" in plaintext`
}

func (s *Server) UpdateHashed(ctx context.Context, userID string, req *InfoReq) error {
	if err := s.db.Update(ctx, userID, HashedUpdate(req)); err != nil {
		return err
	}
	return s.db.Update(ctx, userID, NicknameUpdate(req))
}
