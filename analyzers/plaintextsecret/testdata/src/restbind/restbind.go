// Package restbind: go-restful's ReadEntity, go-zero's httpx.Parse and
// hertz's BindAndValidate decode the request: what they fill is what the
// client sent. A value only encoded for the response is not.
package restbind

import (
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	restful "github.com/emicklei/go-restful/v3"
	"github.com/zeromicro/go-zero/rest/httpx"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type LdapSetting struct {
	URL          string `json:"url" bson:"url"`
	BindPassword string `json:"bind_password" bson:"bind_password"`
}

type CreateDomainRequest struct {
	Name        string       `json:"name" bson:"name"`
	LdapSetting *LdapSetting `json:"ldap_setting" bson:"ldap_setting"`
}

func NewCreateDomainRequest() *CreateDomainRequest {
	return &CreateDomainRequest{LdapSetting: &LdapSetting{}}
}

type Handler struct{ c *mongo.Collection }

func (h *Handler) CreateDomain(r *restful.Request, w *restful.Response) {
	req := NewCreateDomainRequest()
	if err := r.ReadEntity(req); err != nil {
		return
	}
	h.c.InsertOne(r.Request.Context(), req) // want `\*restbind\.CreateDomainRequest written by InsertOne stores BindPassword \(key "ldap_setting\.bind_password"\) in plaintext`
}

// DescribeDomain answers with an entity: WriteEntity encodes, it does not
// decode, so the document it writes holds no password.
func (h *Handler) DescribeDomain(r *restful.Request, w *restful.Response) {
	req := NewCreateDomainRequest()
	req.Name = r.PathParameter("name")
	w.WriteEntity(req)
	h.c.InsertOne(r.Request.Context(), req)
}

type Mailbox struct {
	Address  string `json:"address" bson:"address"`
	Password string `json:"password" bson:"password"`
}

func (h *Handler) AddMailbox(w http.ResponseWriter, r *http.Request) {
	var req Mailbox
	if err := httpx.Parse(r, &req); err != nil {
		return
	}
	h.c.InsertOne(r.Context(), &req) // want `\*restbind\.Mailbox written by InsertOne stores Password \(key "password"\) in plaintext`
}

func (h *Handler) AddMailboxJSON(w http.ResponseWriter, r *http.Request) {
	var req Mailbox
	if err := httpx.ParseJsonBody(r, &req); err != nil {
		return
	}
	h.c.InsertOne(r.Context(), &req) // want `\*restbind\.Mailbox written by InsertOne stores Password \(key "password"\) in plaintext`
}

// ListMailboxes writes what it answers with: OkJsonCtx encodes.
func (h *Handler) ListMailboxes(w http.ResponseWriter, r *http.Request) {
	var req Mailbox
	httpx.OkJsonCtx(r.Context(), w, &req)
	h.c.InsertOne(r.Context(), &req)
}

func (h *Handler) HertzMailbox(ctx context.Context, c *app.RequestContext) {
	var req Mailbox
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	h.c.InsertOne(ctx, &req) // want `\*restbind\.Mailbox written by InsertOne stores Password \(key "password"\) in plaintext`
}

func (h *Handler) HertzEcho(ctx context.Context, c *app.RequestContext) {
	var req Mailbox
	c.JSON(200, &req)
	h.c.InsertOne(ctx, &req)
}

// A document that inlines the request under a named field (Spec with
// bson:",inline"): its fields are the document's own, and a service that
// wraps the caller's request writes what the caller decoded.
type Meta struct {
	ID string `bson:"_id"`
}

type Domain struct {
	Meta *Meta                `bson:",inline"`
	Spec *CreateDomainRequest `bson:",inline"`
}

type service struct{ col *mongo.Collection }

func (s *service) create(ctx context.Context, req *CreateDomainRequest) error { // want create:`writes param 1 via create -> InsertOne`
	d := &Domain{Meta: &Meta{ID: req.Name}, Spec: req}
	_, err := s.col.InsertOne(ctx, d)
	return err
}

// createDefault inlines a request it made itself, whose password is
// empty: nothing sensitive is written.
func (s *service) createDefault(ctx context.Context, name string) error {
	d := &Domain{Meta: &Meta{ID: name}, Spec: NewCreateDomainRequest()}
	_, err := s.col.InsertOne(ctx, d)
	return err
}

func (h *Handler) CreateInlined(r *restful.Request, w *restful.Response, s *service) {
	req := NewCreateDomainRequest()
	if err := r.ReadEntity(req); err != nil {
		return
	}
	s.create(r.Request.Context(), req) // want `\*restbind\.CreateDomainRequest written by create -> InsertOne stores BindPassword \(key "ldap_setting\.bind_password"\) in plaintext`
	s.createDefault(r.Request.Context(), req.Name)
}

// A request decoded into a part of a variable (ReadEntity(req.Spec)): the
// part holds what the client sent.
type UpdateDomainRequest struct {
	Name string               `json:"name" bson:"name"`
	Spec *CreateDomainRequest `json:"spec" bson:"spec"`
}

func (h *Handler) PutDomain(r *restful.Request, w *restful.Response) {
	req := &UpdateDomainRequest{Name: r.PathParameter("name"), Spec: NewCreateDomainRequest()}
	if err := r.ReadEntity(req.Spec); err != nil {
		return
	}
	h.c.InsertOne(r.Request.Context(), req.Spec) // want `\*restbind\.CreateDomainRequest written by InsertOne stores BindPassword \(key "ldap_setting\.bind_password"\) in plaintext`
}

// EchoDomain only encodes the part: nothing the client sent is in it.
func (h *Handler) EchoDomain(r *restful.Request, w *restful.Response) {
	req := &UpdateDomainRequest{Name: r.PathParameter("name"), Spec: NewCreateDomainRequest()}
	w.WriteEntity(req.Spec)
	h.c.InsertOne(r.Request.Context(), req.Spec)
}
