// Package inputmap: handlers that decode the request body into a map and
// write the map. The client chooses its keys; a key the handler itself
// reads by name (updates["api_key"]) is one it expects the client to
// send, and unless the handler removes or protects it on every path, the
// write stores what the client sent under it.
package inputmap

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type API struct{ coll *mongo.Collection }

// UpdateProvider keeps a non-empty API key the client sent.
func (a *API) UpdateProvider(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	delete(updates, "_id")
	if v, ok := updates["api_key"]; ok {
		if s, ok := v.(string); ok && s == "" {
			delete(updates, "api_key") // an empty key keeps the stored one
		}
	}
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates}) // want `document written by UpdateOne stores key "api_key" in plaintext; store a SHA-256 or HMAC`
}

// CreateGuardian trims the government ID the client sent and inserts it.
func (a *API) CreateGuardian(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return
	}
	if id, ok := data["govtId"].(string); ok {
		data["govtId"] = strings.TrimSpace(id)
	}
	_, _ = a.coll.InsertOne(r.Context(), data) // want `document written by InsertOne stores key "govtId" in plaintext; encrypt personal`
}

// HashKey replaces the key with its digest before the write.
func (a *API) HashKey(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	if s, ok := updates["api_key"].(string); ok {
		sum := sha256.Sum256([]byte(s))
		updates["api_key"] = hex.EncodeToString(sum[:])
	}
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates})
}

// DropKey removes the key on every path.
func (a *API) DropKey(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	if updates["password"] != nil {
		w.Header().Set("Warning", "password ignored")
	}
	delete(updates, "password")
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates})
}

// RefuseKey rejects a request that sets the password here.
func (a *API) RefuseKey(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	if _, ok := updates["password"]; ok {
		http.Error(w, "use the password endpoint", http.StatusBadRequest)
		return
	}
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates})
}

// Anything writes the map without naming a key: nothing says which keys
// the client sends.
func (a *API) Anything(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates})
}

// Consent checks the code the client sent against the one it mailed and
// stores the request, code included: a test of the value is no refusal.
func (a *API) Consent(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return
	}
	if s, _ := data["password"].(string); s != r.Header.Get("X-Otp") {
		http.Error(w, "wrong code", http.StatusForbidden)
		return
	}
	_, _ = a.coll.InsertOne(r.Context(), data) // want `document written by InsertOne stores key "password" in plaintext`
}

// RefuseNil rejects a request that carries a password at all.
func (a *API) RefuseNil(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	if updates["password"] != nil {
		panic("password set through the profile endpoint")
	}
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates})
}
