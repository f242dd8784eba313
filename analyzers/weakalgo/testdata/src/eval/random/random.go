// Package random is the labelled evaluation corpus for math/rand.
package random

import (
	"crypto/aes"
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"net/http"
	"time"
)

const charset = "abcdefghijklmnopqrstuvwxyz0123456789"

var seeded = rand.New(rand.NewSource(time.Now().UnixNano()))

func RandomString(length int) string {
	b := make([]byte, length)
	for i := range b {
		b[i] = charset[seeded.Intn(len(charset))]
	}
	return string(b)
}

func newAPIKey() string {
	return "sk_" + RandomString(32) // eval want CL312
}

func GeneratePassword() string {
	b := make([]rune, 16)
	for i := range b {
		b[i] = rune(charset[rand.Intn(len(charset))]) // eval want CL312
	}
	return string(b)
}

func setSessionCookie(w http.ResponseWriter) {
	sessionID := fmt.Sprintf("%d", rand.Int63()) // eval want CL312
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sessionID})
}

func otp() string {
	return fmt.Sprintf("%06d", randv2.IntN(1000000)) // eval want CL312
}

func csrfToken() []byte {
	b := make([]byte, 32)
	rand.Read(b) // eval want CL312
	return b
}

func encryptionKey() []byte {
	k := make([]byte, 32)
	for i := range k {
		k[i] = byte(rand.Intn(256)) // eval want CL312
	}
	aes.NewCipher(k)
	return k
}

func storeKey(m map[string]string) {
	m["secret"] = RandomString(24) // eval want CL312
}

func issueToken() string {
	tok := newTokenValue()
	return tok
}

func newTokenValue() string {
	return fmt.Sprint(rand.Uint64()) // eval want CL312
}

// --- not secrets ---

func retryDelay(n int) time.Duration {
	return time.Duration(n)*time.Second + time.Duration(rand.Intn(500))*time.Millisecond // eval ok CL312
}

func pick(peers []string) string {
	return peers[randv2.IntN(len(peers))] // eval ok CL312
}

func sampled() bool {
	return rand.Float64() < 0.01 // eval ok CL312
}

func shuffleQuestions(q []string) {
	rand.Shuffle(len(q), func(i, j int) { q[i], q[j] = q[j], q[i] }) // eval ok CL312
}

func requestID() string {
	return RandomString(8) // eval ok CL312
}

// Picking one of several configured keys at random is load balancing, not
// key generation.
func rotateKeys(apiKeys []string) string {
	apiKey := apiKeys[rand.Intn(len(apiKeys))] // eval ok CL312
	return apiKey
}

func tokenCount() int {
	tokens := rand.Intn(10) // eval ok CL312
	return tokens
}
