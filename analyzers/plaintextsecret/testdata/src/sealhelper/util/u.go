package util

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
)

type Connection struct {
	Host     string `bson:"host"`
	Password string `bson:"password"`
}

func encrypt(s string) (string, error) { // want encrypt:`encrypted result`
	block, err := aes.NewCipher([]byte(os.Getenv("K")))
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	rand.Read(nonce)
	return hex.EncodeToString(gcm.Seal(nonce, nonce, []byte(s), nil)), nil
}

func EncryptConnection(c *Connection) error { // want EncryptConnection:`protects receiver Password`
	if p, err := encrypt(c.Password); err == nil {
		c.Password = p
	} else {
		return errors.New("x")
	}
	return nil
}
