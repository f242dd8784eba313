// Package mongorepo implements domain.UserRepo on MongoDB. The service
// does not import it.
package mongorepo

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/domain"
)

type Repo struct{ coll *mongo.Collection }

func New(c *mongo.Collection) *Repo { return &Repo{coll: c} }

func (r *Repo) Create(ctx context.Context, u *domain.User) error {
	_, err := r.coll.InsertOne(ctx, u)
	return err
}

func (r *Repo) SetResetToken(ctx context.Context, email, token string) error {
	_, err := r.coll.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": bson.M{"reset_token": token}})
	return err
}

func (r *Repo) FindByResetToken(ctx context.Context, token string) (*domain.User, error) {
	var u domain.User
	err := r.coll.FindOne(ctx, bson.M{"reset_token": token}).Decode(&u)
	return &u, err
}

// CreateAccount is exported and nothing in the program calls it: the
// password comes from outside, as it is.
func (r *Repo) CreateAccount(ctx context.Context, email, password string) error {
	_, err := r.coll.InsertOne(ctx, bson.M{"email": email, "password": password})
	return err
}

// CreateAccountHashed is exported and uncalled too, but its parameter
// says the caller hashed it.
func (r *Repo) CreateAccountHashed(ctx context.Context, email, hashedPassword string) error {
	_, err := r.coll.InsertOne(ctx, bson.M{"email": email, "password": hashedPassword})
	return err
}

// setPassword is called below: its callers show the value.
func (r *Repo) setPassword(ctx context.Context, email, password string) error {
	_, err := r.coll.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": bson.M{"password": password}})
	return err
}

// SetAPIKey is exported, and called in the program with a hash.
func (r *Repo) SetAPIKey(ctx context.Context, email, apiKey string) error {
	_, err := r.coll.UpdateOne(ctx, bson.M{"email": email}, bson.M{"$set": bson.M{"api_key": apiKey}})
	return err
}

func (r *Repo) Reset(ctx context.Context, email, hash string) error {
	return r.setPassword(ctx, email, hash)
}

// SetKeys writes the fields of k that its document helper names.
func (r *Repo) SetKeys(ctx context.Context, id string, k domain.Keys) error {
	update := bson.M{"$set": k.ToBSON()}
	_, err := r.coll.UpdateOne(ctx, bson.M{"_id": id}, update)
	return err
}

// Get returns the stored user.
func (r *Repo) Get(ctx context.Context, email string) (*domain.User, error) {
	var u domain.User
	if err := r.coll.FindOne(ctx, bson.M{"email": email}).Decode(&u); err != nil {
		return nil, err
	}
	return &u, nil
}

// SaveCode $sets the field of its parameter: the service calls it through
// domain.CodeRepo with a hashed code, so the write is judged there and is
// not reported here.
func (r *Repo) SaveCode(ctx context.Context, c domain.Code) error {
	_, err := r.coll.UpdateOne(ctx, bson.M{"email": c.Email}, bson.M{"$set": bson.M{"otp": c.OTP}})
	return err
}

// SignUp hashes the password it is given before the insert.
func (r *Repo) SignUp(ctx context.Context, in *domain.SignUpInput) error {
	h, err := domain.HashPassword(in.Password)
	if err != nil {
		return err
	}
	in.Password = h
	_, err = r.coll.InsertOne(ctx, in)
	return err
}

func (r *Repo) SaveTokens(ctx context.Context, t *domain.Tokens) error {
	_, err := r.coll.InsertOne(ctx, t)
	return err
}

// SetPair is exported and nothing calls it: both parameters are written
// as they are, in one finding.
func (r *Repo) SetPair(ctx context.Context, id, access, refresh string) error {
	_, err := r.coll.UpdateOne(ctx, bson.M{"_id": id}, bson.M{"$set": bson.M{"access_token": access, "refresh_token": refresh}})
	return err
}
