// Package cache keeps a session's user in a cache behind an interface;
// package mongocache, the implementation, stores each value as text in
// MongoDB under "value". The user is cached as JSON, verification code
// included.
package cache

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"
	"time"
)

type Cacher interface {
	SetWithExpiry(ctx context.Context, key string, val []byte, ttl time.Duration) error
}

type User struct {
	Email                 string `json:"email"`
	EmailVerificationCode string `json:"email_verification_code"`
	Digest                string `json:"-"`
}

type Service struct{ Cache Cacher }

// Register caches the new user with the code it e-mails.
func (s *Service) Register(ctx context.Context, session, email string) error {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		return err
	}
	u := &User{Email: email, EmailVerificationCode: fmt.Sprintf("%06d", n)}
	uBin, err := json.Marshal(u)
	if err != nil {
		return err
	}
	return s.Cache.SetWithExpiry(ctx, session, uBin, time.Hour)
}

// Remember caches a user without a code (Digest is not serialized).
func (s *Service) Remember(ctx context.Context, session, email, digest string) error {
	uBin, err := json.Marshal(User{Email: email, Digest: digest})
	if err != nil {
		return err
	}
	return s.Cache.SetWithExpiry(ctx, session, uBin, time.Hour)
}
