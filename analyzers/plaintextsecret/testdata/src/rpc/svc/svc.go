// Package svc serves a gRPC service: the request of each method is what
// the client sent, decoded by the generated handler, the only caller.
package svc

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"rpc/pb"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Server struct {
	pb.UnimplementedHubServiceServer
	hubs *mongo.Collection
}

func (s *Server) CreateHub(ctx context.Context, req *pb.CreateHubRequest) (*pb.Hub, error) { // want CreateHub:`protects ApiToken`
	h := &pb.Hub{
		Id:            "h1",
		Name:          req.GetName(),
		Authorization: req.GetAuthorization(),
	}
	_, err := s.hubs.InsertOne(ctx, h) // want `\*pb.Hub written by InsertOne stores ClientSecret \(key "authorization.provider.clientsecret"\) in plaintext`
	return h, err
}

// Mirror has the shape of a gRPC method but serves no generated
// interface: its request is a parameter, judged at its callers, and the
// only caller hashes the token.
type Mirror struct {
	hubs *mongo.Collection
}

func (m *Mirror) CreateHub(ctx context.Context, req *pb.CreateHubRequest) (*pb.Hub, error) { // want CreateHub:`protects ApiToken` CreateHub:`writes param 1 via CreateHub -> InsertOne`
	_, err := m.hubs.InsertOne(ctx, req)
	return &pb.Hub{Id: "h1"}, err
}

func Copy(ctx context.Context, m *Mirror, token string) error {
	sum := sha256.Sum256([]byte(token))
	_, err := m.CreateHub(ctx, &pb.CreateHubRequest{ApiToken: hex.EncodeToString(sum[:])})
	return err
}

// StoreDigest is a gRPC-shaped method that stores the SHA-256 of the
// token the client sent: protected.
type Digests struct {
	pb.UnimplementedHubServiceServer
	hubs *mongo.Collection
}

func (d *Digests) CreateHub(ctx context.Context, req *pb.CreateHubRequest) (*pb.Hub, error) { // want CreateHub:`protects ApiToken`
	sum := sha256.Sum256([]byte(req.GetApiToken()))
	h := &pb.Hub{Id: "h2", Name: req.GetName(), ApiToken: hex.EncodeToString(sum[:])}
	_, err := d.hubs.InsertOne(ctx, h)
	return h, err
}
