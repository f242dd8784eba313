// Package mapper: a repository maps the domain entity it is given to its
// storage model with a constructor that copies the fields; what the field
// holds is what the repository's callers put in the entity.
package mapper

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

// User is the domain entity.
type User struct {
	Email    string
	Password string
}

// userModel is how a user is stored.
type userModel struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
}

func newUserModel(e User) userModel { // want newUserModel:`fills Password`
	return userModel{Email: e.Email, Password: e.Password}
}

type Repo struct{ c *mongo.Collection }

// Create stores the entity through the mapper: judged at its callers.
func (r *Repo) Create(ctx context.Context, e User) error { // want Create:`writes param 1 field Password as "password" via Create -> InsertOne`
	m := newUserModel(e)
	_, err := r.c.InsertOne(ctx, &m)
	return err
}

// SignUp hashes the password into the entity first: nothing plain.
func SignUp(ctx context.Context, r *Repo, email, pw string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return r.Create(ctx, User{Email: email, Password: string(h)})
}

// Import stores the password it was given as it is.
func Import(ctx context.Context, r *Repo, w http.ResponseWriter, req *http.Request) error {
	var u User
	if err := json.NewDecoder(req.Body).Decode(&u); err != nil {
		return err
	}
	return r.Create(ctx, u) // want `mapper\.User written by Create -> InsertOne stores Password \(key "password"\) in plaintext`
}

// Save maps a decoded entity itself.
func Save(ctx context.Context, c *mongo.Collection, req *http.Request) error {
	var u User
	if err := json.NewDecoder(req.Body).Decode(&u); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, newUserModel(u)) // want `mapper\.userModel written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}

// SaveHashed maps, then replaces the model's password with its hash.
func SaveHashed(ctx context.Context, c *mongo.Collection, u User) error {
	m := newUserModel(u)
	h, err := bcrypt.GenerateFromPassword([]byte(m.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	m.Password = string(h)
	_, err = c.InsertOne(ctx, m)
	return err
}

// SignUpService gets its hash function from main: a function value whose
// name says it hashes.
type SignUpService struct {
	repo                 *Repo
	passwordHashFunction func(string) (string, error)
	transform            func(string) string
}

func (s *SignUpService) Execute(ctx context.Context, u User) error {
	hashed, err := s.passwordHashFunction(u.Password)
	if err != nil {
		return err
	}
	u.Password = hashed
	return s.repo.Create(ctx, u)
}

// Temporary sets a password through a function value whose name says
// nothing of protection.
func (s *SignUpService) Temporary(ctx context.Context, email string) error {
	u := User{Email: email, Password: s.transform(email)}
	return s.repo.Create(ctx, u) // want `mapper\.User written by Create -> InsertOne stores Password \(key "password"\) in plaintext`
}

// Signup is a request with the credentials in a part of their own.
type Signup struct {
	Email string
	Creds Credentials
}

type Credentials struct {
	Password string
}

// modelOf copies a field of a field of its parameter.
func modelOf(s *Signup) userModel { // want modelOf:`fills Password`
	return userModel{Email: s.Email, Password: s.Creds.Password}
}

// RegisterHashed hashes the password in the request before mapping it.
func RegisterHashed(ctx context.Context, c *mongo.Collection, s *Signup) error {
	h, err := bcrypt.GenerateFromPassword([]byte(s.Creds.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	s.Creds.Password = string(h)
	_, err = c.InsertOne(ctx, modelOf(s))
	return err
}

// Register maps the decoded request as it is.
func Register(ctx context.Context, c *mongo.Collection, req *http.Request) error {
	var s Signup
	if err := json.NewDecoder(req.Body).Decode(&s); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, modelOf(&s)) // want `mapper\.userModel written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}
