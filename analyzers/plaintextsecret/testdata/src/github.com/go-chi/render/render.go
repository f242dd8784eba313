// Package render stands in for chi's render package: Bind decodes the
// request body into v and calls its Bind method.
package render

import (
	"io"
	"net/http"
)

type Binder interface {
	Bind(r *http.Request) error
}

func Bind(r *http.Request, v Binder) error { return v.Bind(r) }

func DecodeJSON(r io.Reader, v interface{}) error { return nil }
