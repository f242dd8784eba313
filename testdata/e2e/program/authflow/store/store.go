// Package store is the MongoDB session service.
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/authflow"
)

type Session struct {
	UserID       string `bson:"userId"`
	RefreshToken string `bson:"refreshToken"`
}

type Sessions struct{ Coll *mongo.Collection }

func New(c *mongo.Collection) *authflow.Service {
	return &authflow.Service{Sessions: &Sessions{Coll: c}}
}

func (s *Sessions) CreateSession(cmd authflow.CreateSessionCommand) error {
	_, err := s.Coll.InsertOne(context.Background(), Session{UserID: cmd.UserID, RefreshToken: cmd.RefreshToken})
	return err
}
