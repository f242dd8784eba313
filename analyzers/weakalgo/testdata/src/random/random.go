package random

import (
	"crypto/aes"
	"encoding/hex"
	"math/rand"
	randv2 "math/rand/v2"
	"strconv"
	"strings"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

type Session struct {
	ID    string
	Token string
}

func GenerateToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // want `math/rand\.Intn output becomes the result of GenerateToken \(a token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	}
	return string(b)
}

func newSessionID() string {
	return strconv.FormatInt(rand.Int63(), 36) // want `math/rand\.Int63 output becomes the result of newSessionID \(a session ID\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
}

func resetPassword() string {
	var sb strings.Builder
	for range 12 {
		sb.WriteByte(letters[randv2.IntN(len(letters))]) // want `math/rand/v2\.IntN output becomes variable pw \(a password\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	}
	pw := sb.String()
	return pw
}

func issue(s *Session) {
	s.Token = hex.EncodeToString([]byte(strconv.Itoa(rand.Int()))) // want `math/rand\.Int output becomes field Token \(a token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
}

func aesKey() {
	key := make([]byte, 32)
	rand.Read(key) // want `math/rand\.Read output becomes the key of aes\.NewCipher: math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	aes.NewCipher(key)
}

func saltFor(r *rand.Rand) []byte {
	salt := make([]byte, 16)
	r.Read(salt) // want `math/rand\.Rand\.Read output becomes variable salt \(a salt\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return salt
}

// A generator with a neutral name, called to make a secret.

func randString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func login(s *Session) {
	s.ID = randString(8)
	apiToken := randString(32) // want `randString returns math/rand\.Intn output \(line 62\), which becomes variable apiToken \(an api token\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	_ = apiToken
}

func loginURL() string {
	oauthState := randString(16) // want `randString returns math/rand\.Intn output \(line 62\), which becomes variable oauthState \(an OAuth state\): math/rand is predictable; use crypto/rand \(rand\.Text for tokens and passwords, rand\.Read for keys\) \(CL312\)`
	return "https://auth.example.com/authorize?state=" + oauthState
}

// Not findings: jitter, shuffling, sampling, test data.

func backoff(attempt int) time.Duration {
	jitter := time.Duration(rand.Int63n(int64(time.Second)))
	return time.Duration(attempt)*time.Second + jitter
}

func shuffle(xs []string) {
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
}

func sample(xs []int) int {
	return xs[randv2.IntN(len(xs))]
}

func pickServer(servers []string) string {
	server := servers[rand.Intn(len(servers))]
	return server
}

func randomName() string {
	return randString(6)
}

// VerificationCode is sent by SMS: its Code is a one-time code, which the
// name Code alone does not say.
type VerificationCode struct {
	Phone string
	Code  string
}

func newVerificationCode(phone string) VerificationCode {
	return VerificationCode{Phone: phone, Code: strconv.Itoa(100000 + rand.Intn(900000))} // want `math/rand\.Intn output becomes field Code \(a verification code\): math/rand is predictable`
}

// Country has a Code too, which a random pick does not make a secret.
type Country struct {
	Name string
	Code string
}

func randomCountry() Country {
	codes := []string{"FR", "DE"}
	return Country{Name: "x", Code: codes[rand.Intn(len(codes))]}
}

// challenge has a bare Code beside an e-mail address and an expiry.
type challenge struct {
	Email   string
	Code    int
	Expires int64
}

func (c *challenge) reset() {
	c.Code = rand.Intn(1000000) // want `math/rand\.Intn output becomes field Code \(a one time code\)`
}
