// Package fiber is a stub of the parts of github.com/gofiber/fiber/v3
// the tests use: the request binder.
package fiber

import "context"

type Ctx interface {
	Bind() *Bind
	RequestCtx() context.Context
	JSON(data any, ctype ...string) error
}

// Bind decodes parts of the request.
type Bind struct{}

func (b *Bind) Body(out any) error   { return nil }
func (b *Bind) JSON(out any) error   { return nil }
func (b *Bind) Query(out any) error  { return nil }
func (b *Bind) Header(out any) error { return nil }
