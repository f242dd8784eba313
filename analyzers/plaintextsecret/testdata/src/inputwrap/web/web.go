// Package web decodes request bodies for handlers.
package web

import (
	"encoding/json"
	"io"
	"net/http"
)

// ParseJSON decodes the request body into dst.
func ParseJSON(r *http.Request, dst interface{}) error { // want ParseJSON:`decodes outside input into param 1 as JSON`
	data, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, dst)
}

// Decode passes its target on to ParseJSON.
func Decode(r *http.Request, dst any) error { // want Decode:`decodes outside input into param 1 as JSON`
	return ParseJSON(r, dst)
}
