// Package domain: a constructor wraps the request in the document it
// returns, inlined (Spec) or under a key (Settings).
package domain

import "time"

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

type Meta struct {
	ID       string `bson:"_id"`
	CreateAt int64  `bson:"create_at"`
}

type Domain struct {
	Meta *Meta                `bson:",inline"`
	Spec *CreateDomainRequest `bson:",inline"`
}

func New(req *CreateDomainRequest) (*Domain, error) { // want New:`wraps param 0 in Spec`
	if req.Name == "" {
		return nil, nil
	}
	d := &Domain{Meta: &Meta{CreateAt: time.Now().Unix()}, Spec: req}
	d.Meta.ID = req.Name
	return d, nil
}

type Tenant struct {
	ID       string               `bson:"_id"`
	Settings *CreateDomainRequest `bson:"settings"`
}

func NewTenant(id string, s *CreateDomainRequest) *Tenant { // want NewTenant:`wraps param 1 in Settings`
	return &Tenant{ID: id, Settings: s}
}

// NewScrubbed replaces the wrapped request with a copy without the
// password: it wraps nothing of the caller's as it is.
func NewScrubbed(req *CreateDomainRequest) *Domain {
	d := &Domain{Meta: &Meta{}, Spec: req}
	d.Spec = &CreateDomainRequest{Name: req.Name}
	return d
}
