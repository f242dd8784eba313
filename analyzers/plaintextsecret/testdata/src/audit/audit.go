// Package audit: an audit log keeps the old and new versions of what was
// changed as interface{} values; the new version of a webhook the client
// sent holds its signing secret. NewService sets the unexported fields
// audit and repo to one type each, so their interface calls go to those
// types' methods.
package audit

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Webhook struct {
	URL    string `json:"url" bson:"url"`
	Secret string `json:"secret" bson:"secret"`
}

type Change struct {
	Old interface{} `bson:"old"`
	New interface{} `bson:"new"`
}

type Entry struct {
	Module  string            `bson:"module"`
	Changes map[string]Change `bson:"changes"`
}

// Auditor is what the services see of the audit log.
type Auditor interface {
	LogChange(ctx context.Context, module string, changes map[string]Change) error
}

// Repository stores audit entries.
type Repository interface {
	Create(ctx context.Context, e Entry) error
}

type mongoRepository struct{ c *mongo.Collection }

func (r *mongoRepository) Create(ctx context.Context, e Entry) error { // want Create:`writes param 1 via Create -> InsertOne`
	_, err := r.c.InsertOne(ctx, e)
	return err
}

type Logger struct{ repo Repository }

// LogChange stores the changes it is given.
func (l *Logger) LogChange(ctx context.Context, module string, changes map[string]Change) error { // want LogChange:`writes param 2 under "changes" via LogChange -> Create -> InsertOne`
	e := Entry{Module: module, Changes: changes}
	return l.repo.Create(ctx, e)
}

type Service struct {
	hooks *mongo.Collection
	audit Auditor
}

func (s *Service) Create(ctx context.Context, w *Webhook) error { // want Create:`writes param 1 via Create -> InsertOne, param 1 under "changes.webhook.new" via Create -> LogChange -> Create -> InsertOne`
	if _, err := s.hooks.InsertOne(ctx, w); err != nil {
		return err
	}
	return s.audit.LogChange(ctx, "webhooks", map[string]Change{"webhook": {New: w}})
}

// Rename logs a change that holds no secret.
func (s *Service) Rename(ctx context.Context, url string) error {
	return s.audit.LogChange(ctx, "webhooks", map[string]Change{"url": {New: url}})
}

func NewService(hooks, entries *mongo.Collection) *Service {
	return &Service{hooks: hooks, audit: &Logger{repo: &mongoRepository{c: entries}}}
}

func (s *Service) Handle(w http.ResponseWriter, r *http.Request) {
	var hook Webhook
	if err := json.NewDecoder(r.Body).Decode(&hook); err != nil {
		return
	}
	_ = s.Create(r.Context(), &hook) // want `\*audit\.Webhook written by Create -> InsertOne stores Secret \(key "secret"\), Secret \(key "changes\.webhook\.new\.secret"\) in plaintext`
}
