// Package impl stores the services that package svc makes.
package impl

import (
	"context"

	"subctor/svc"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Store struct{ col *mongo.Collection }

func (s *Store) save(ctx context.Context, ins *svc.Service) error { // want save:"writes param 1 via save -> InsertOne"
	_, err := s.col.InsertOne(ctx, ins)
	return err
}

// Create stores the secrets NewService filled in the sub-structs.
func (s *Store) Create(ctx context.Context, spec *svc.Spec) (*svc.Service, error) {
	ins, err := svc.NewService(spec)
	if err != nil {
		return nil, err
	}
	if err := s.save(ctx, ins); err != nil { // want `^\*svc.Service written by save -> InsertOne stores ClientSecret \(key "credential.client_secret"\), EncryptKey \(key "security.encrypt_key"\) in plaintext; .*\(CL101\)$`
		return nil, err
	}
	return ins, nil
}

// CreatePublic stores a service whose credential has no secret: the
// type could hold one, but nothing fills it.
func (s *Store) CreatePublic(ctx context.Context, spec *svc.Spec) error {
	return s.save(ctx, svc.NewPublicService(spec))
}

// CreateRevoked stores a service whose credential was dropped.
func (s *Store) CreateRevoked(ctx context.Context, spec *svc.Spec) error {
	ins := svc.NewRevokedService(spec)
	return s.save(ctx, ins)
}

// SaveChain stores a chain, which holds nothing sensitive.
func (s *Store) SaveChain(ctx context.Context, names []string) error {
	_, err := s.col.InsertOne(ctx, svc.NewChain(names))
	return err
}

// SaveSettings stores the API keys the request's models carry.
func (s *Store) SaveSettings(ctx context.Context, theme string, in []svc.ModelInput) error {
	_, err := s.col.InsertOne(ctx, svc.SettingsFromRequest(theme, in)) // want `^\*svc.Settings written by InsertOne stores APIKey \(key "models.api_key"\) in plaintext; .*\(CL101\)$`
	return err
}

// SaveNames stores models without keys.
func (s *Store) SaveNames(ctx context.Context, theme string, in []svc.ModelInput) error {
	_, err := s.col.InsertOne(ctx, svc.SettingsNamesOnly(theme, in))
	return err
}
