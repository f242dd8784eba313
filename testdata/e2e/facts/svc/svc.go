// Package svc handles requests with the helpers of model and repo.
package svc

import (
	"context"
	"net/http"

	"example.com/facts/model"
	"example.com/facts/repo"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Register stores a user in plaintext: reported through the sink fact.
func Register(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	return repo.Save(ctx, c, &model.User{Name: r.FormValue("name"), Password: r.FormValue("password")})
}

// RegisterHashed stores a user built by a hashing constructor: clean.
func RegisterHashed(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	return repo.Save(ctx, c, model.NewUser(r.FormValue("name"), r.FormValue("password")))
}

// StoreKey stores a field marked protected in package model: clean.
func StoreKey(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	return repo.Save(ctx, c, &model.User{Name: "svc", APIKey: r.FormValue("key")})
}

// Reset stores a document built by model.Token: reported through the
// document fact.
func Reset(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	_, err := c.InsertOne(ctx, model.Token(r.FormValue("user"), r.FormValue("token")))
	return err
}
