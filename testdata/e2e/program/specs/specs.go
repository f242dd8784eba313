// Package specs keeps model providers, API key included, through a
// repository interface; package specstore, wired in by main, stores each
// one as a JSON string.
package specs

import (
	"context"
	"encoding/json"
	"net/http"
)

type Provider struct {
	Name   string `json:"name"`
	APIKey string `json:"api_key"`
}

type Repository interface {
	Create(ctx context.Context, p *Provider) error
}

type Service struct{ Repo Repository }

// Add stores the provider the client posted.
func (s *Service) Add(ctx context.Context, r *http.Request) error {
	var p Provider
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return err
	}
	return s.Repo.Create(ctx, &p)
}

// Rename stores a provider without a key.
func (s *Service) Rename(ctx context.Context, name string) error {
	return s.Repo.Create(ctx, &Provider{Name: name})
}
