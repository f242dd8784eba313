// Package web decodes the request and calls the storage service, wired
// to the MongoDB repository here.
package web

import (
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"example.com/program/storage"
	"example.com/program/storage/mongostore"
)

func Routes(db *mongo.Database) {
	svc := &storage.Service{Repo: &mongostore.Store{Coll: db.Collection("configuration")}}
	http.HandleFunc("POST /configuration", func(w http.ResponseWriter, r *http.Request) {
		var in storage.Input
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if r.URL.Query().Get("bucket") != "" {
			_ = svc.CreateBucket(r.Context(), &in)
			return
		}
		_ = svc.Create(r.Context(), &in)
	})
	http.HandleFunc("PUT /configuration", func(w http.ResponseWriter, r *http.Request) {
		var in storage.Input
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if r.URL.Query().Get("rename") != "" {
			_ = svc.Rename(r.Context(), &in)
			return
		}
		_ = svc.Update(r.Context(), &in)
	})
}
