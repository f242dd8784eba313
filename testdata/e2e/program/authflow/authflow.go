// Package authflow issues a token pair at login and keeps the refresh
// token through a session service interface: the command struct the
// service is given carries a field of the caller's pair.
package authflow

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
)

type Pair struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

// NewPair returns the zero Pair with its error: the pair it returns on
// success holds a fresh refresh token.
func NewPair(user string) (Pair, error) {
	if user == "" {
		return Pair{}, errors.New("no user")
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return Pair{}, err
	}
	return Pair{AccessToken: "jwt-for-" + user, RefreshToken: hex.EncodeToString(b)}, nil
}

type CreateSessionCommand struct {
	UserID       string
	RefreshToken string
}

type SessionService interface {
	CreateSession(cmd CreateSessionCommand) error
}

type Service struct{ Sessions SessionService }

// setSession puts the pair's refresh token into the command.
func (s *Service) setSession(user string, p Pair) error {
	cmd := CreateSessionCommand{UserID: user, RefreshToken: p.RefreshToken}
	return s.Sessions.CreateSession(cmd)
}

func (s *Service) Login(user string) (Pair, error) {
	pair, err := NewPair(user)
	if err != nil {
		return Pair{}, err
	}
	return pair, s.setSession(user, pair)
}

// Logout keeps an empty session: nothing secret is stored.
func (s *Service) Logout(user string) error {
	return s.setSession(user, Pair{})
}
