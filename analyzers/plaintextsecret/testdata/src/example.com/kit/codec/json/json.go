// Package json stands for a service's own JSON codec wrapper.
package json

import stdjson "encoding/json"

// Decode decodes b into v.
func Decode(b []byte, v interface{}) error { return stdjson.Unmarshal(b, v) }

// Encode is not a decoder.
func Encode(v interface{}) ([]byte, error) { return stdjson.Marshal(v) }
