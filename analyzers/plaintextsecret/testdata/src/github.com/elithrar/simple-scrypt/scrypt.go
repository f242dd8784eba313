// Package scrypt is a stub of github.com/elithrar/simple-scrypt.
package scrypt

type Params struct{ N, R, P, SaltLen, DKLen int }

var DefaultParams = Params{N: 32768, R: 8, P: 1, SaltLen: 16, DKLen: 32}

func GenerateFromPassword(password []byte, params Params) ([]byte, error) { return nil, nil }

func CompareHashAndPassword(hash []byte, password []byte) error { return nil }
