// Package graph holds the resolvers that gqlgen's executor calls: their
// arguments are what the client sent in its query.
package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"resolver/generated"
	"resolver/hubs"
	"resolver/model"
)

type Resolver struct{ Hubs *hubs.Service }

func (r *Resolver) Mutation() generated.MutationResolver { return &mutationResolver{r} }

type mutationResolver struct{ *Resolver }

func (r *mutationResolver) AddHub(ctx context.Context, projectID string, request model.HubRequest) (string, error) {
	if request.Name == "public" {
		return "", r.Hubs.AddPublic(ctx, projectID, request)
	}
	return "", r.Hubs.Add(ctx, projectID, request) // want `model\.HubRequest sent by the client \(parameter request of AddHub\) written by Add -> InsertOne stores Password \(key "password"\), Token \(key "token"\) in plaintext; hash passwords`
}

// SetToken stores a digest of the client's token: nothing is reported.
func (r *mutationResolver) SetToken(ctx context.Context, hubID string, token string) (bool, error) {
	sum := sha256.Sum256([]byte(token))
	return true, r.Hubs.SetToken(ctx, hubID, hex.EncodeToString(sum[:]))
}

// Rotate has the shape of a resolver but serves no resolver interface:
// its callers decide what it stores.
func (r *Resolver) Rotate(ctx context.Context, hubID string, token string) error { // want Rotate:`writes param 2 as "api_token" via Rotate -> SetToken -> UpdateOne`
	return r.Hubs.SetToken(ctx, hubID, token)
}
