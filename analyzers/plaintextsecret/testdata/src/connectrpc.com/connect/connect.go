// Package connect is a stand-in for connectrpc.com/connect: the request
// and response envelopes of a Connect handler.
package connect

import "net/http"

// Request wraps the message a client sent with its headers.
type Request[T any] struct {
	Msg *T
	hdr http.Header
}

// NewRequest wraps a message, as clients and tests do.
func NewRequest[T any](message *T) *Request[T] { return &Request[T]{Msg: message} }

// Any returns the concrete message as an empty interface.
func (r *Request[T]) Any() any { return r.Msg }

// Header returns the request's headers.
func (r *Request[T]) Header() http.Header { return r.hdr }

// Response wraps the message a handler returns.
type Response[T any] struct {
	Msg *T
}

// NewResponse wraps a message.
func NewResponse[T any](message *T) *Response[T] { return &Response[T]{Msg: message} }

// ServerStream sends messages to a client.
type ServerStream[T any] struct{}

// Send sends one message.
func (s *ServerStream[T]) Send(*T) error { return nil }
