package getters

import (
	"context"
	"errors"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

// User and CreateUserRequest are shaped as protoc-gen-go generates a
// message holding another.
type User struct {
	Email    string
	Password string
}

func (x *User) GetEmail() string {
	if x != nil {
		return x.Email
	}
	return ""
}

func (x *User) GetPassword() string {
	if x != nil {
		return x.Password
	}
	return ""
}

type CreateUserRequest struct {
	User *User
}

func (x *CreateUserRequest) GetUser() *User {
	if x != nil {
		return x.User
	}
	return nil
}

type userDoc struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
}

func toDoc(in *User) userDoc { // want toDoc:`fills Password`
	return userDoc{Email: in.GetEmail(), Password: in.GetPassword()}
}

type UserServer struct{ c *mongo.Collection }

// CreateUser replaces the request's password with its hash, then maps the
// message it holds (through its getter) to the stored document.
func (s *UserServer) CreateUser(ctx context.Context, in *CreateUserRequest) error {
	h, err := bcrypt.GenerateFromPassword([]byte(in.GetUser().GetPassword()), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	in.User.Password = string(h)
	_, err = s.c.InsertOne(ctx, toDoc(in.GetUser()))
	return err
}

// UpdateUser maps the request as it came.
func (s *UserServer) UpdateUser(ctx context.Context, in *CreateUserRequest) error {
	_, err := s.c.InsertOne(ctx, toDoc(in.GetUser())) // want `getters\.userDoc written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}

// toDocWithID returns the zero document beside an error: callers use the
// document only when the error is nil.
func toDocWithID(id string, in *User) (userDoc, error) { // want toDocWithID:`fills Password`
	if id == "" {
		return userDoc{}, errNoID
	}
	return userDoc{Email: in.GetEmail(), Password: in.GetPassword()}, nil
}

var errNoID = errors.New("no id")

// ReplaceUser hashes the password before it maps the message.
func (s *UserServer) ReplaceUser(ctx context.Context, id string, in *CreateUserRequest) error {
	h, err := bcrypt.GenerateFromPassword([]byte(in.GetUser().GetPassword()), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	in.User.Password = string(h)
	doc, err := toDocWithID(id, in.GetUser())
	if err != nil {
		return err
	}
	_, err = s.c.InsertOne(ctx, doc)
	return err
}

// ImportUser maps the message as it came.
func (s *UserServer) ImportUser(ctx context.Context, id string, in *CreateUserRequest) error {
	doc, err := toDocWithID(id, in.GetUser())
	if err != nil {
		return err
	}
	_, err = s.c.InsertOne(ctx, doc) // want `getters\.userDoc written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}
