// Package api takes the secrets service from the registry.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/program/registry"
	"example.com/program/registry/secrets"
)

type input struct {
	Name         string `json:"name"`
	ClientSecret string `json:"client_secret"`
}

func Save(w http.ResponseWriter, r *http.Request) {
	var in input
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	svc := registry.Get(secrets.AppName).(secrets.Service)
	_ = svc.Put(r.Context(), in.Name, in.ClientSecret)
}
