// Package service knows the values and calls the repository through its
// interface only.
package service

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"

	"golang.org/x/crypto/bcrypt"

	"example.com/program/audit"
	"example.com/program/domain"
)

// HookStore is implemented by audit.MongoHooks, wired in by main.
type HookStore interface {
	Add(ctx context.Context, hooks []*audit.Webhook) error
}

// AddHook passes a slice of documents holding a secret it makes.
func AddHook(ctx context.Context, s HookStore, url string) error {
	hook := &audit.Webhook{URL: url, SigningSecret: newToken()}
	return s.Add(ctx, []*audit.Webhook{hook})
}

type Service struct{ repo domain.UserRepo }

func New(r domain.UserRepo) *Service { return &Service{repo: r} }

func newToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Register hashes the password: nothing to report.
func (s *Service) Register(ctx context.Context, email, pw string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	return s.repo.Create(ctx, &domain.User{Email: email, Password: string(h)})
}

// Invite stores a token it makes, as it is.
func (s *Service) Invite(ctx context.Context, email string) error {
	return s.repo.Create(ctx, &domain.User{Email: email, ResetToken: newToken()})
}

// Touch writes a user whose password field is empty on this path.
func (s *Service) Touch(ctx context.Context, email string) error {
	u := &domain.User{Email: email}
	return s.repo.Create(ctx, u)
}

// StartReset stores the raw token.
func (s *Service) StartReset(ctx context.Context, email string) (string, error) {
	tok := newToken()
	return tok, s.repo.SetResetToken(ctx, email, tok)
}

// StartResetHashed stores a SHA-256 of the token.
func (s *Service) StartResetHashed(ctx context.Context, email string) (string, error) {
	tok := newToken()
	sum := sha256.Sum256([]byte(tok))
	return tok, s.repo.SetResetToken(ctx, email, hex.EncodeToString(sum[:]))
}

// FinishReset looks the raw token up.
func (s *Service) FinishReset(ctx context.Context, tok string) (*domain.User, error) {
	return s.repo.FindByResetToken(ctx, tok)
}

// Import is exported, nothing calls it, and it passes the password it is
// given into the document.
func (s *Service) Import(ctx context.Context, email, password string) error {
	return s.repo.Create(ctx, &domain.User{Email: email, Password: password})
}

// RotateKeys stores a new private key as PEM through the key repository's
// interface: the implementation writes the field by its document helper.
func RotateKeys(ctx context.Context, r domain.KeyRepo, id string) error {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	der, _ := x509.MarshalPKCS8PrivateKey(priv)
	k := domain.Keys{PublicKey: hex.EncodeToString(pub), PrivateKey: string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))}
	return r.SetKeys(ctx, id, k)
}

// RotatePublic leaves the private key empty: nothing to report.
func RotatePublic(ctx context.Context, r domain.KeyRepo, id string, pub []byte) error {
	return r.SetKeys(ctx, id, domain.Keys{PublicKey: hex.EncodeToString(pub)})
}

// Greet looks a user up by name through ByName: main wires NameFinder in,
// so the raw-token lookup of TokenFinder, which has the same method, is
// not reached from here.
func Greet(ctx context.Context, f domain.ByName, name string) (*domain.User, error) {
	return f.Find(ctx, name+"!")
}

// Redeem looks a user up by the presented token through ByToken.
func Redeem(ctx context.Context, f domain.ByToken, presented string) (*domain.User, error) {
	return f.Find(ctx, presented+"")
}

// Rename reads the user back through the repository and writes it again:
// the password is the stored form (a bcrypt hash, from Register), judged
// where it was written, not here.
func (s *Service) Rename(ctx context.Context, email, to string) error {
	u, err := s.repo.Get(ctx, email)
	if err != nil {
		return err
	}
	if u.Password == "" {
		return nil // no account
	}
	u.Email = to
	return s.repo.Create(ctx, u)
}

// UseCode reads the user back, drops a used recovery code and writes it
// again: the codes left are the stored form, not new plaintext.
func (s *Service) UseCode(ctx context.Context, email string, i int) error {
	u, err := s.repo.Get(ctx, email)
	if err != nil || i >= len(u.RecoveryCodes) {
		return err
	}
	u.RecoveryCodes = append(u.RecoveryCodes[:i], u.RecoveryCodes[i+1:]...)
	return s.repo.Create(ctx, u)
}

// SendCode stores the SHA-256 of the code it mails: nothing in the
// document it passes is sensitive, and the call still calls the
// implementation.
func SendCode(ctx context.Context, r domain.CodeRepo, email string) error {
	otp := newToken()
	sum := sha256.Sum256([]byte(otp))
	return r.SaveCode(ctx, domain.Code{Email: email, OTP: hex.EncodeToString(sum[:])})
}

// SignUp is exported and nothing in the program calls it: its password
// goes into the document, which the implementation hashes before the
// insert. Not reported.
func SignUp(ctx context.Context, r domain.SignUpRepo, email, password string) error {
	return r.SignUp(ctx, &domain.SignUpInput{Email: email, Password: password})
}

// StoreTokens is exported and nothing calls it: both of its token
// parameters are written as they are, in one finding.
func StoreTokens(ctx context.Context, r domain.TokenRepo, access, refresh string) error {
	return r.SaveTokens(ctx, &domain.Tokens{Access: access, Refresh: refresh})
}

// UpdateProfile writes the profile the caller gives, with the password
// copied from the stored user: the stored form, not new plaintext.
func (s *Service) UpdateProfile(ctx context.Context, u *domain.User) error {
	old, err := s.repo.Get(ctx, u.Email)
	if err != nil {
		return err
	}
	u.Password = old.Password
	return s.repo.Create(ctx, u)
}

// StartDevice stores a new device code through whichever DeviceRepo it is
// given: main passes the memory one, and the MongoDB one that this program
// never constructs writes the code as it is.
func StartDevice(ctx context.Context, r domain.DeviceRepo, clientID string) (string, error) {
	code := newToken()
	return code, r.SaveDevice(ctx, &domain.Device{ClientID: clientID, DeviceCode: code})
}

// RotateToken rotates a token through a repository interface that embeds
// a generic one; main wires the MongoDB TokenStore in.
func RotateToken(ctx context.Context, s domain.TokenStore, name string) error {
	return s.Rotate(ctx, name, newToken())
}
