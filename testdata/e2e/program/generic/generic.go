// Package generic is a generic REST framework: a controller decodes the
// request into its type parameter and a generic repository writes it.
// Only main instantiates it with the models.
package generic

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Repo[T any] struct{ coll *mongo.Collection }

func (r *Repo[T]) Replace(ctx context.Context, id string, m T) error {
	_, err := r.coll.ReplaceOne(ctx, bson.M{"_id": id}, m)
	return err
}

type Controller[T any] struct{ repo *Repo[T] }

func NewController[T any](c *mongo.Collection) *Controller[T] {
	return &Controller[T]{repo: &Repo[T]{coll: c}}
}

// Put replaces the document with the one the client sent.
func (ctl *Controller[T]) Put(w http.ResponseWriter, r *http.Request) {
	var m T
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := ctl.repo.Replace(r.Context(), r.PathValue("id"), m); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// APIToken is posted with its token.
type APIToken struct {
	Name  string `json:"name" bson:"name"`
	Token string `json:"token" bson:"token"`
}

// Member's password cannot come from JSON: json:"-".
type Member struct {
	Name     string `json:"name" bson:"name"`
	Password string `json:"-" bson:"password"`
}

// Label holds nothing sensitive.
type Label struct {
	Name string `json:"name" bson:"name"`
}
