// Package api decodes requests and hands them to the service, which
// wraps them in documents: the request's password is written as sent,
// unless the handler hashed it first or never decoded anything.
package api

import (
	"crypto/sha256"
	"encoding/hex"

	restful "github.com/emicklei/go-restful/v3"

	"wrapctor/domain"
	"wrapctor/impl"
)

type Handler struct{ svc *impl.Service }

func (h *Handler) CreateDomain(r *restful.Request, w *restful.Response) {
	req := domain.NewCreateDomainRequest()
	if err := r.ReadEntity(req); err != nil {
		return
	}
	h.svc.CreateDomain(r.Request.Context(), req) // want `\*domain\.CreateDomainRequest written by CreateDomain -> InsertOne stores BindPassword \(key "ldap_setting\.bind_password"\) in plaintext`
}

func (h *Handler) CreateTenant(r *restful.Request, w *restful.Response) {
	req := domain.NewCreateDomainRequest()
	if err := r.ReadEntity(req); err != nil {
		return
	}
	h.svc.CreateTenant(r.Request.Context(), r.PathParameter("id"), req) // want `\*domain\.CreateDomainRequest written by CreateTenant -> InsertOne stores BindPassword \(key "settings\.ldap_setting\.bind_password"\) in plaintext`
}

// CreateDefault writes a request it made itself: the password is empty.
func (h *Handler) CreateDefault(r *restful.Request, w *restful.Response) {
	req := domain.NewCreateDomainRequest()
	req.Name = r.PathParameter("name")
	h.svc.CreateDomain(r.Request.Context(), req)
}

// CreateHashed replaces the password with its digest before the write.
func (h *Handler) CreateHashed(r *restful.Request, w *restful.Response) {
	req := domain.NewCreateDomainRequest()
	if err := r.ReadEntity(req); err != nil {
		return
	}
	sum := sha256.Sum256([]byte(req.LdapSetting.BindPassword))
	req.LdapSetting.BindPassword = hex.EncodeToString(sum[:])
	h.svc.CreateDomain(r.Request.Context(), req)
}

// CreateScrubbed's constructor drops the password before the write.
func (h *Handler) CreateScrubbed(r *restful.Request, w *restful.Response) {
	req := domain.NewCreateDomainRequest()
	if err := r.ReadEntity(req); err != nil {
		return
	}
	h.svc.CreateScrubbed(r.Request.Context(), req)
}
