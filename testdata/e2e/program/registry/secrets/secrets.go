// Package secrets declares the service that keeps client secrets.
package secrets

import "context"

const AppName = "secrets"

type Service interface {
	Put(ctx context.Context, name, clientSecret string) error
}
