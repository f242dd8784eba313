// Package opencode is a stand-in for github.com/orvice/opencode-go, which the
// Go module proxy refuses and which has no fetchable mirror. It declares only
// the names orvice/butter calls (internal/runtime/opencode/bridge.go and
// internal/application/remoteagent_service.go), written from those calls for
// type-checking the evaluation checkout. It does nothing at run time.
package opencode

import (
	"context"
	"errors"
	"net/http"
)

// Option configures a Client.
type Option func(*Client)

// WithBaseURL sets the server URL.
func WithBaseURL(string) Option { return func(*Client) {} }

// WithUsername sets the basic-auth user name.
func WithUsername(string) Option { return func(*Client) {} }

// WithPassword sets the basic-auth password.
func WithPassword(string) Option { return func(*Client) {} }

// WithHTTPClient sets the HTTP client.
func WithHTTPClient(*http.Client) Option { return func(*Client) {} }

// Client groups the API services.
type Client struct {
	Session *SessionService
	Global  *GlobalService
}

// NewClient returns a Client.
func NewClient(opts ...Option) (*Client, error) {
	c := &Client{Session: &SessionService{}, Global: &GlobalService{}}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// Error is an API error.
type Error struct {
	StatusCode int
	Message    string
}

func (e *Error) Error() string { return e.Message }

var errStub = errors.New("opencode-go stand-in: not implemented")

// SessionCreateParams are the parameters of Session.Create.
type SessionCreateParams struct{}

// Session is a session.
type Session struct {
	ID string
}

// ModelRef names a model.
type ModelRef struct {
	ProviderID string
	ModelID    string
}

// PartInput is one input part of a prompt.
type PartInput struct {
	Type PartType
	Text string
}

// NewTextPart returns a text input part.
func NewTextPart(text string) PartInput { return PartInput{Type: PartTypeText, Text: text} }

// PartType is the kind of a part.
type PartType string

// PartTypeText is a text part.
const PartTypeText PartType = "text"

// Part is one part of a response.
type Part struct {
	Type PartType
	Text string
}

// PromptParams are the parameters of Session.Prompt.
type PromptParams struct {
	Parts []PartInput
	Agent string
	Model *ModelRef
}

// PromptResponse is the reply to a prompt.
type PromptResponse struct {
	Parts []Part
}

// SessionService is the session API.
type SessionService struct{}

// Create creates a session.
func (*SessionService) Create(context.Context, *SessionCreateParams) (*Session, error) {
	return nil, errStub
}

// Prompt sends a prompt.
func (*SessionService) Prompt(context.Context, string, PromptParams) (*PromptResponse, error) {
	return nil, errStub
}

// Abort aborts a session.
func (*SessionService) Abort(context.Context, string) (bool, error) { return false, errStub }

// HealthResponse is the reply of Global.Health.
type HealthResponse struct {
	Healthy bool
}

// GlobalService is the global API.
type GlobalService struct{}

// Health checks the server.
func (*GlobalService) Health(context.Context) (*HealthResponse, error) { return nil, errStub }
