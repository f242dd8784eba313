// Package model declares the session a login stores: its SessionID is what
// the client presents in its cookie.
package model

import "time"

type Session struct {
	SessionID string    `bson:"session_id"`
	UserID    string    `bson:"user_id"`
	ExpiresAt time.Time `bson:"expires_at"`
}
