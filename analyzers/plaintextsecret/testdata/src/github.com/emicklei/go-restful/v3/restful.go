// Package restful is a stub of github.com/emicklei/go-restful/v3: its
// Request reads the body into an entity.
package restful

import "net/http"

type Request struct{ Request *http.Request }

func (r *Request) ReadEntity(entityPointer interface{}) (err error) { return nil }

func (r *Request) PathParameter(name string) string { return "" }

type Response struct{}

func (r *Response) WriteEntity(value interface{}) error { return nil }
