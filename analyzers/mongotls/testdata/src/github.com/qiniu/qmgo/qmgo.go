// Stub of github.com/qiniu/qmgo v1.1.10: only what cryptolint matches, with
// the real signatures.
package qmgo

import "context"

type Config struct {
	Uri      string
	Database string
	Coll     string
}

type QmgoClient struct{}

func Open(ctx context.Context, conf *Config) (*QmgoClient, error) { return nil, nil }
