// Package domain declares the model and the repository interface that the
// service calls; main wires a MongoDB or a memory implementation in.
package domain

import "context"

type User struct {
	Email      string `bson:"email"`
	Password   string `bson:"password"`
	ResetToken string `bson:"reset_token,omitempty"`
}

type UserRepo interface {
	Create(ctx context.Context, u *User) error
	SetResetToken(ctx context.Context, email, token string) error
	FindByResetToken(ctx context.Context, token string) (*User, error)
}
