// Package httpx is a stub of go-zero's rest/httpx: Parse and its
// variants decode the request into v.
package httpx

import "net/http"

func Parse(r *http.Request, v any) error              { return nil }
func ParseJsonBody(r *http.Request, v any) error      { return nil }
func ParseForm(r *http.Request, v any) error          { return nil }
func OkJsonCtx(ctx any, w http.ResponseWriter, v any) {}
