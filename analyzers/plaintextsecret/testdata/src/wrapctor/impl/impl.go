// Package impl writes what the constructors of package domain return.
package impl

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"wrapctor/domain"
)

type Service struct{ col *mongo.Collection }

func (s *Service) CreateDomain(ctx context.Context, req *domain.CreateDomainRequest) (*domain.Domain, error) { // want CreateDomain:`writes param 1 via CreateDomain -> InsertOne`
	d, err := domain.New(req)
	if err != nil {
		return nil, err
	}
	if _, err := s.col.InsertOne(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

func (s *Service) CreateTenant(ctx context.Context, id string, req *domain.CreateDomainRequest) error { // want CreateTenant:`writes param 2 under "settings" via CreateTenant -> InsertOne`
	_, err := s.col.InsertOne(ctx, domain.NewTenant(id, req))
	return err
}

func (s *Service) CreateScrubbed(ctx context.Context, req *domain.CreateDomainRequest) error {
	_, err := s.col.InsertOne(ctx, domain.NewScrubbed(req))
	return err
}
