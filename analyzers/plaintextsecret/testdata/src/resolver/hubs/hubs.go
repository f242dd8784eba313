// Package hubs is the service the resolvers call: it stores what it is
// given.
package hubs

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"resolver/model"
)

type Hub struct {
	ProjectID string  `bson:"project_id"`
	Name      string  `bson:"name"`
	Token     *string `bson:"token"`
	Password  *string `bson:"password"`
}

type Service struct{ Coll *mongo.Collection }

func (s *Service) Add(ctx context.Context, projectID string, req model.HubRequest) error { // want Add:`writes param 2 field Password as "password" via Add -> InsertOne, param 2 field Token as "token" via Add -> InsertOne`
	hub := &Hub{ProjectID: projectID, Name: req.Name, Token: req.Token, Password: req.Password}
	_, err := s.Coll.InsertOne(ctx, hub)
	return err
}

// AddPublic stores only the hub's name.
func (s *Service) AddPublic(ctx context.Context, projectID string, req model.HubRequest) error {
	_, err := s.Coll.InsertOne(ctx, &Hub{ProjectID: projectID, Name: req.Name})
	return err
}

func (s *Service) SetToken(ctx context.Context, id, token string) error { // want SetToken:`writes param 2 as "api_token" via SetToken -> UpdateOne`
	_, err := s.Coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"api_token": token}})
	return err
}
