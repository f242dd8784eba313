// Package api imports cards from a request: the whole cards, and their
// brands alone.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/program/bulk/repo"
)

func Import(r *repo.Repo) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		var cards []repo.Card
		if err := json.NewDecoder(req.Body).Decode(&cards); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if req.URL.Query().Has("brands") {
			_ = r.AddBrands(req.Context(), cards)
			return
		}
		_ = r.AddMany(req.Context(), cards)
	}
}
