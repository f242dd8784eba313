// Package model holds the GraphQL input types, as gqlgen generates them.
package model

type HubRequest struct {
	Name     string  `json:"name"`
	RepoURL  string  `json:"repoURL"`
	Token    *string `json:"token,omitempty"`
	Password *string `json:"password,omitempty"`
}
