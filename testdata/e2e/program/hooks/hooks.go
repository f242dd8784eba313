// Package hooks stores webhooks with their signing secret and logs each
// new one, secret included, to the audit log of another package.
package hooks

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/changelog"
)

type Webhook struct {
	URL    string `json:"url" bson:"url"`
	Secret string `json:"secret" bson:"secret"`
}

type Service struct {
	Hooks *mongo.Collection
	Audit changelog.Logger
}

func (s *Service) Create(ctx context.Context, w *Webhook) error {
	if _, err := s.Hooks.InsertOne(ctx, w); err != nil {
		return err
	}
	return s.Audit.LogChange(ctx, "webhooks", map[string]changelog.Change{"webhook": {New: w}})
}

// Rename logs only the URL.
func (s *Service) Rename(ctx context.Context, url string) error {
	return s.Audit.LogChange(ctx, "webhooks", map[string]changelog.Change{"url": {New: url}})
}

func Routes(db *mongo.Database) {
	svc := &Service{Hooks: db.Collection("hooks"), Audit: changelog.New(&changelog.MongoRepository{Coll: db.Collection("audit")})}
	http.HandleFunc("POST /hooks", func(w http.ResponseWriter, r *http.Request) {
		var hook Webhook
		if err := json.NewDecoder(r.Body).Decode(&hook); err != nil {
			return
		}
		_ = svc.Create(r.Context(), &hook)
		_ = svc.Rename(r.Context(), hook.URL)
	})
}
