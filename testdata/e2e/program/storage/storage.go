// Package storage keeps the program's storage settings: the service
// builds the document from the request's policy and hands it to the
// repository interface; web wires the MongoDB repository in.
package storage

import "context"

type S3 struct {
	Bucket    string `json:"bucket" bson:"bucket"`
	AccessKey string `json:"access_key" bson:"access_key"`
	SecretKey string `json:"secret_key" bson:"secret_key"`
}

type Policy struct {
	Type string `json:"type" bson:"type"`
	S3   *S3    `json:"s3" bson:"s3"`
}

var DefaultPolicy = Policy{Type: "local"}

type Configuration struct {
	ID     string  `bson:"_id"`
	Policy *Policy `bson:"storage_policy"`
}

type ConfigRepo interface {
	CreateConfiguration(ctx context.Context, c *Configuration) error
	LoadConfiguration(ctx context.Context) (*Configuration, error)
	UpdateConfiguration(ctx context.Context, c *Configuration) error
}

// Input is the request body.
type Input struct {
	Policy *Policy `json:"storage_policy"`
}

type Service struct{ Repo ConfigRepo }

// Create stores the policy the client sent, or the default: the document
// is a local variable that holds the parameter's field.
func (s *Service) Create(ctx context.Context, in *Input) error {
	if in.Policy == nil {
		in.Policy = &DefaultPolicy
	}
	cfg := &Configuration{ID: "default", Policy: in.Policy}
	return s.Repo.CreateConfiguration(ctx, cfg)
}

// CreateBucket keeps only the bucket's name.
func (s *Service) CreateBucket(ctx context.Context, in *Input) error {
	cfg := &Configuration{ID: "default", Policy: &Policy{Type: "s3", S3: &S3{Bucket: in.Policy.S3.Bucket}}}
	return s.Repo.CreateConfiguration(ctx, cfg)
}

// Update replaces the stored policy with the request's when it sends one:
// the stored document is written back with the request's part in it.
func (s *Service) Update(ctx context.Context, in *Input) error {
	cfg, err := s.Repo.LoadConfiguration(ctx)
	if err != nil {
		return err
	}
	if in.Policy != nil {
		cfg.Policy = in.Policy
	}
	return s.Repo.UpdateConfiguration(ctx, cfg)
}

// Rename changes only the policy's type: the stored secret is written
// back as it was stored.
func (s *Service) Rename(ctx context.Context, in *Input) error {
	cfg, err := s.Repo.LoadConfiguration(ctx)
	if err != nil {
		return err
	}
	cfg.Policy.Type = in.Policy.Type
	return s.Repo.UpdateConfiguration(ctx, cfg)
}
