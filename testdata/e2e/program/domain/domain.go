// Package domain declares the model and the repository interface that the
// service calls; main wires a MongoDB or a memory implementation in.
package domain

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
)

type User struct {
	Email      string `bson:"email"`
	Password   string `bson:"password"`
	ResetToken string `bson:"reset_token,omitempty"`
	// RecoveryCodes are bcrypt hashes of one-time codes.
	RecoveryCodes []string `bson:"recovery_codes,omitempty"`
}

type UserRepo interface {
	Create(ctx context.Context, u *User) error
	SetResetToken(ctx context.Context, email, token string) error
	FindByResetToken(ctx context.Context, token string) (*User, error)
	Get(ctx context.Context, email string) (*User, error)
}

// Keys is the $set of a key rotation; ToBSON is the document helper the
// repository writes.
type Keys struct {
	PublicKey  string
	PrivateKey string
}

func (k Keys) ToBSON() bson.M {
	return bson.M{"public_key": k.PublicKey, "private_key": k.PrivateKey}
}

type KeyRepo interface {
	SetKeys(ctx context.Context, id string, k Keys) error
}

// ByName and ByToken have the same one method: a type that implements one
// implements the other, but main wires each finder into its own.
type ByName interface {
	Find(ctx context.Context, s string) (*User, error)
}

type ByToken interface {
	Find(ctx context.Context, s string) (*User, error)
}

// Code is a one-time code sent by e-mail; the service stores its SHA-256.
type Code struct {
	Email string `bson:"email"`
	OTP   string `bson:"otp"`
}

type CodeRepo interface {
	SaveCode(ctx context.Context, c Code) error
}

// SignUpInput is what a sign-up stores; the repository hashes Password.
type SignUpInput struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
}

type SignUpRepo interface {
	SignUp(ctx context.Context, in *SignUpInput) error
}

// Tokens are the pair a session stores.
type Tokens struct {
	Access  string `bson:"access_token"`
	Refresh string `bson:"refresh_token"`
}

type TokenRepo interface {
	SaveTokens(ctx context.Context, t *Tokens) error
}

// Device is a pending device authorization: the client polls with its
// DeviceCode.
type Device struct {
	ClientID   string `bson:"client_id"`
	DeviceCode string `bson:"device_code"`
}

// DeviceRepo has a memory implementation that main wires in and a MongoDB
// one that this program never constructs (another deployment does).
type DeviceRepo interface {
	SaveDevice(ctx context.Context, d *Device) error
}

// Store is a generic repository interface; TokenStore embeds it,
// instantiated, and adds Rotate.
type Store[T any] interface {
	Put(ctx context.Context, v T) error
}

type APIToken struct {
	Name  string `bson:"name"`
	Token string `bson:"token"`
}

type TokenStore interface {
	Store[APIToken]
	Rotate(ctx context.Context, name, token string) error
}
