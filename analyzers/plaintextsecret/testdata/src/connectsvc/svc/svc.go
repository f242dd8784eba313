// Package svc serves a Connect service: the message of each handler's
// *connect.Request is what the client sent, decoded by the handler that
// connect-go builds, the only caller.
package svc

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"connectrpc.com/connect"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"connectsvc/pb"
	"connectsvc/pb/pbconnect"
)

var _ pbconnect.ModelProviderServiceHandler = (*Server)(nil)

// Repository keeps model providers.
type Repository interface {
	CreateModelProvider(ctx context.Context, p *pb.ModelProvider) error
	SetKey(ctx context.Context, name, key string) error
}

// Store is the MongoDB repository.
type Store struct {
	coll *mongo.Collection
}

func (s *Store) CreateModelProvider(ctx context.Context, p *pb.ModelProvider) error { // want CreateModelProvider:`writes param 1 via CreateModelProvider -> InsertOne`
	_, err := s.coll.InsertOne(ctx, p)
	return err
}

func (s *Store) SetKey(ctx context.Context, name, key string) error { // want SetKey:`writes param 2 as "api_key" via SetKey -> UpdateOne`
	_, err := s.coll.UpdateOne(ctx, bson.M{"name": name}, bson.M{"$set": bson.M{"api_key": key}})
	return err
}

// Server handles the service.
type Server struct {
	repo Repository
	coll *mongo.Collection
}

// mutate runs a change and a reload after it.
func mutate[T any](change func() (T, error), reload func() error) (T, error) {
	v, err := change()
	if err != nil {
		return v, err
	}
	return v, reload()
}

func (s *Server) CreateModelProvider(ctx context.Context, req *connect.Request[pb.CreateModelProviderRequest]) (*connect.Response[pb.CreateModelProviderResponse], error) {
	p, err := mutate(func() (*pb.ModelProvider, error) {
		return req.Msg.GetModelProvider(), s.repo.CreateModelProvider(ctx, req.Msg.GetModelProvider()) // want `\*pb\.ModelProvider written by Repository\.CreateModelProvider -> CreateModelProvider -> InsertOne stores ApiKey \(key "apikey"\) in plaintext; store a SHA-256 or HMAC .*\(CL101\)`
	}, func() error { return nil })
	if err != nil {
		return nil, err
	}
	return connect.NewResponse(&pb.CreateModelProviderResponse{ModelProvider: p}), nil
}

func (s *Server) RotateKey(ctx context.Context, req *connect.Request[pb.RotateKeyRequest]) (*connect.Response[pb.RotateKeyResponse], error) {
	msg := req.Msg
	if _, err := s.coll.InsertOne(ctx, bson.M{"name": msg.GetName(), "api_key": msg.ApiKey}); err != nil { // want `document written by InsertOne stores key "api_key" in plaintext`
		return nil, err
	}
	return connect.NewResponse(&pb.RotateKeyResponse{}), nil
}

// Digests stores the SHA-256 of the key the client sent: protected.
type Digests struct {
	repo Repository
}

func (d *Digests) RotateKey(ctx context.Context, req *connect.Request[pb.RotateKeyRequest]) (*connect.Response[pb.RotateKeyResponse], error) {
	sum := sha256.Sum256([]byte(req.Msg.GetApiKey()))
	if err := d.repo.SetKey(ctx, req.Msg.GetName(), hex.EncodeToString(sum[:])); err != nil {
		return nil, err
	}
	return connect.NewResponse(&pb.RotateKeyResponse{}), nil
}

// Plain stores the key as sent, through the repository.
type Plain struct {
	repo Repository
}

func (p *Plain) RotateKey(ctx context.Context, req *connect.Request[pb.RotateKeyRequest]) (*connect.Response[pb.RotateKeyResponse], error) {
	if err := p.repo.SetKey(ctx, req.Msg.GetName(), req.Msg.GetApiKey()); err != nil { // want `value written by Repository\.SetKey -> SetKey -> UpdateOne stores key "api_key" in plaintext`
		return nil, err
	}
	return connect.NewResponse(&pb.RotateKeyResponse{}), nil
}

// Replay has a *connect.Request parameter but not a handler's shape: a
// function the program calls, its request judged at its callers, and the
// only caller sends a digest.
func Replay(ctx context.Context, repo Repository, req *connect.Request[pb.RotateKeyRequest]) error { // want Replay:`writes param 2 field Msg.ApiKey as "api_key" via Replay -> Repository.SetKey -> SetKey -> UpdateOne`
	return repo.SetKey(ctx, req.Msg.GetName(), req.Msg.GetApiKey())
}

func ReplayDigest(ctx context.Context, repo Repository, name, key string) error {
	sum := sha256.Sum256([]byte(key))
	return Replay(ctx, repo, connect.NewRequest(&pb.RotateKeyRequest{Name: name, ApiKey: hex.EncodeToString(sum[:])}))
}

// Envelope wraps a request, as a message bus does.
type Envelope struct {
	Msg *pb.RotateKeyRequest
}

// Forward stores the key of the wrapped request: its callers say what
// the key is.
func Forward(ctx context.Context, repo Repository, env *Envelope) error { // want Forward:`writes param 2 field Msg.ApiKey as "api_key" via Forward -> Repository.SetKey -> SetKey -> UpdateOne`
	return repo.SetKey(ctx, env.Msg.Name, env.Msg.ApiKey)
}

func ForwardDigest(ctx context.Context, repo Repository, name, key string) error {
	sum := sha256.Sum256([]byte(key))
	return Forward(ctx, repo, &Envelope{Msg: &pb.RotateKeyRequest{Name: name, ApiKey: hex.EncodeToString(sum[:])}})
}

func ForwardPlain(ctx context.Context, repo Repository, name, key string) error { // want ForwardPlain:`writes param 3 as "api_key" via ForwardPlain -> Forward -> Repository.SetKey -> SetKey -> UpdateOne`
	return Forward(ctx, repo, &Envelope{Msg: &pb.RotateKeyRequest{Name: name, ApiKey: key}})
}

func ReplayPlain(ctx context.Context, repo Repository, name, key string) error { // want ReplayPlain:`writes param 3 as "api_key" via ReplayPlain -> Replay -> Repository.SetKey -> SetKey -> UpdateOne`
	return Replay(ctx, repo, connect.NewRequest(&pb.RotateKeyRequest{Name: name, ApiKey: key}))
}

// Box is a generic envelope of this module: its constructor's fact says
// that Msg holds the argument.
type Box[T any] struct {
	Msg *T
}

func NewBox[T any](m *T) *Box[T] { return &Box[T]{Msg: m} } // want NewBox:`wraps param 0 in Msg`

func Unbox(ctx context.Context, repo Repository, b *Box[pb.RotateKeyRequest]) error { // want Unbox:`writes param 2 field Msg.ApiKey as "api_key" via Unbox -> Repository.SetKey -> SetKey -> UpdateOne`
	return repo.SetKey(ctx, b.Msg.GetName(), b.Msg.GetApiKey())
}

func BoxDigest(ctx context.Context, repo Repository, name, key string) error {
	sum := sha256.Sum256([]byte(key))
	return Unbox(ctx, repo, NewBox(&pb.RotateKeyRequest{Name: name, ApiKey: hex.EncodeToString(sum[:])}))
}

func BoxPlain(ctx context.Context, repo Repository, name, key string) error { // want BoxPlain:`writes param 3 as "api_key" via BoxPlain -> Unbox -> Repository.SetKey -> SetKey -> UpdateOne`
	return Unbox(ctx, repo, NewBox(&pb.RotateKeyRequest{Name: name, ApiKey: key}))
}

// Admin handles the same service for administrators: the provider is
// taken from the request into a variable and changed before the write.
type Admin struct {
	repo Repository
}

func (a *Admin) CreateModelProvider(ctx context.Context, req *connect.Request[pb.CreateModelProviderRequest]) (*connect.Response[pb.CreateModelProviderResponse], error) {
	p := req.Msg.GetModelProvider()
	if p == nil {
		return nil, nil
	}
	p.Name = "global"
	if err := a.repo.CreateModelProvider(ctx, p); err != nil { // want `\*pb\.ModelProvider written by Repository\.CreateModelProvider -> CreateModelProvider -> InsertOne stores ApiKey \(key "apikey"\) in plaintext`
		return nil, err
	}
	return connect.NewResponse(&pb.CreateModelProviderResponse{ModelProvider: p}), nil
}

func (a *Admin) RotateKey(ctx context.Context, req *connect.Request[pb.RotateKeyRequest]) (*connect.Response[pb.RotateKeyResponse], error) {
	return nil, nil
}

// Hasher replaces the key the client sent with its SHA-256 before the
// write: protected.
type Hasher struct {
	repo Repository
}

func (h *Hasher) CreateModelProvider(ctx context.Context, req *connect.Request[pb.CreateModelProviderRequest]) (*connect.Response[pb.CreateModelProviderResponse], error) {
	p := req.Msg.GetModelProvider()
	sum := sha256.Sum256([]byte(p.GetApiKey()))
	p.ApiKey = hex.EncodeToString(sum[:])
	return nil, h.repo.CreateModelProvider(ctx, p)
}

func (h *Hasher) RotateKey(ctx context.Context, req *connect.Request[pb.RotateKeyRequest]) (*connect.Response[pb.RotateKeyResponse], error) {
	return nil, nil
}
