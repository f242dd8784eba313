// Package inputmap: handlers that decode the request body into a map and
// write the map. The client chooses its keys; a key the handler itself
// reads by name (updates["api_key"]) is one it expects the client to
// send, and unless the handler removes or protects it on every path, the
// write stores what the client sent under it.
package inputmap

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"

	"github.com/acme/mapkit"
	"github.com/gofiber/fiber/v3"
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

// saveConsent checks that the map it is given holds a code and writes
// it: its fact names the key, for the callers that decoded the map.
func (a *API) saveConsent(ctx context.Context, data map[string]any) error { // want saveConsent:`writes param 1 via saveConsent -> InsertOne naming keys password`
	if s, _ := data["password"].(string); s == "" {
		return errors.New("no code")
	}
	_, err := a.coll.InsertOne(ctx, data)
	return err
}

// ConsentVia decodes the request and leaves the checks and the write to
// saveConsent: the code the client sent is stored.
func (a *API) ConsentVia(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return
	}
	_ = a.saveConsent(r.Context(), data) // want `document written by saveConsent -> InsertOne stores key "password" in plaintext`
}

// ConsentHashed hashes the code before saveConsent writes it.
func (a *API) ConsentHashed(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return
	}
	if s, ok := data["password"].(string); ok {
		sum := sha256.Sum256([]byte(s))
		data["password"] = hex.EncodeToString(sum[:])
	}
	_ = a.saveConsent(r.Context(), data)
}

// ConsentLogged logs the request before saveConsent stores it: logging
// reads the map, the code is still the client's.
func (a *API) ConsentLogged(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return
	}
	log.Println("consent", data)
	_ = a.saveConsent(r.Context(), data) // want `document written by saveConsent -> InsertOne stores key "password" in plaintext`
}

// ConsentPrepared hands the map to another module's helper first: it may
// replace the code (nothing here says), so nothing is reported.
func (a *API) ConsentPrepared(w http.ResponseWriter, r *http.Request) {
	data := map[string]any{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return
	}
	mapkit.Prepare(data)
	_ = a.saveConsent(r.Context(), data)
}

// PatchProvider binds the body with fiber (another module's binder): the
// bind fills the map, it does not hand it off.
func (a *API) PatchProvider(c fiber.Ctx) error {
	var updates map[string]any
	if err := c.Bind().Body(&updates); err != nil {
		return err
	}
	if s, _ := updates["api_key"].(string); s == "" {
		delete(updates, "api_key")
	}
	_, err := a.coll.UpdateOne(c.RequestCtx(), bson.M{"_id": "p1"}, bson.M{"$set": updates}) // want `document written by UpdateOne stores key "api_key" in plaintext`
	return err
}

// MoveHash moves a non-empty password to password_hash as its bcrypt
// hash: what stays under "password" when the test fails (nothing, "", a
// number) is no secret.
func (a *API) MoveHash(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	if pw, ok := updates["password"].(string); ok && pw != "" {
		h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
		if err != nil {
			return
		}
		updates["password_hash"] = string(h)
		delete(updates, "password")
	}
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates})
}

// MoveEmpty deletes the key only when it is empty: a password sent is
// kept.
func (a *API) MoveEmpty(w http.ResponseWriter, r *http.Request) {
	var updates map[string]any
	if err := json.NewDecoder(r.Body).Decode(&updates); err != nil {
		return
	}
	if pw, _ := updates["password"].(string); pw == "" {
		updates["updated_by"] = "admin"
		delete(updates, "password")
	}
	_, _ = a.coll.UpdateOne(r.Context(), bson.M{"_id": r.PathValue("id")}, bson.M{"$set": updates}) // want `document written by UpdateOne stores key "password" in plaintext`
}
