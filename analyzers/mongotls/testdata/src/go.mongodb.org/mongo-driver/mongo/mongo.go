// Stub of go.mongodb.org/mongo-driver/mongo v1.17.10: only what cryptolint matches, with the real signatures.
package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo/options"
)

type Client struct{}

func Connect(ctx context.Context, opts ...*options.ClientOptions) (*Client, error) { return nil, nil }

func NewClient(opts ...*options.ClientOptions) (*Client, error) { return nil, nil }
