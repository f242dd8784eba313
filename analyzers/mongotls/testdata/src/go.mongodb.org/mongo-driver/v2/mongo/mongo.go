// Stub of go.mongodb.org/mongo-driver/v2/mongo v2.10.0: only what cryptolint matches, with the real signatures.
package mongo

import "go.mongodb.org/mongo-driver/v2/mongo/options"

type Client struct{}

func Connect(opts ...*options.ClientOptions) (*Client, error) { return nil, nil }
