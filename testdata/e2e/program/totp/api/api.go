// Package api writes users back through the store interface.
package api

import (
	"context"

	"example.com/program/totp/store"
)

type Server struct{ st store.Store }

// Login writes back the secret of the user it looked up: the stored form.
func (s *Server) Login(ctx context.Context, email string) error {
	u, err := s.st.UserByEmail(ctx, email)
	if err != nil {
		return err
	}
	return s.st.SetTOTP(ctx, u.ID, u.TOTPSecret)
}

// Enroll writes the secret of a user the store made: new plaintext.
func (s *Server) Enroll(ctx context.Context, email string) error {
	u, err := s.st.NewUser(ctx, email)
	if err != nil {
		return err
	}
	return s.st.SetTOTP(ctx, u.ID, u.TOTPSecret)
}
