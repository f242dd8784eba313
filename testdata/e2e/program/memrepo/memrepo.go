// Package memrepo implements domain.UserRepo in memory: calls that reach
// only it write nothing.
package memrepo

import (
	"context"

	"example.com/program/domain"
)

type Repo struct{ users map[string]*domain.User }

func (r *Repo) Create(_ context.Context, u *domain.User) error {
	r.users[u.Email] = u
	return nil
}

func (r *Repo) SetResetToken(_ context.Context, email, token string) error {
	r.users[email].ResetToken = token
	return nil
}

func (r *Repo) FindByResetToken(_ context.Context, token string) (*domain.User, error) {
	for _, u := range r.users {
		if u.ResetToken == token {
			return u, nil
		}
	}
	return nil, nil
}

func (r *Repo) Get(_ context.Context, email string) (*domain.User, error) {
	return r.users[email], nil
}
