package api

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"mapkeys/core"
)

// CreateDoctor: the library replaced data["password"] with a bcrypt hash
// before the login record is written.
func CreateDoctor(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var data map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return err
	}
	if _, err := core.GenerateAndHashOTP(data); err != nil {
		return err
	}
	return core.CreateLoginRecord(ctx, c, data["email"].(string), data["password"].(string))
}

// CreateNurse passes the client's password on: Normalize only copies it.
func CreateNurse(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var data map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return err
	}
	core.Normalize(data)
	return core.CreateLoginRecord(ctx, c, data["email"].(string), data["password"].(string)) // want `value written by CreateLoginRecord -> InsertOne stores key "password" in plaintext`
}

// CreatePatient reads the password before the library hashes it.
func CreatePatient(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var data map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return err
	}
	pw := data["password"].(string)
	if _, err := core.GenerateAndHashOTP(data); err != nil {
		return err
	}
	return core.CreateLoginRecord(ctx, c, data["email"].(string), pw) // want `value written by CreateLoginRecord -> InsertOne stores key "password" in plaintext`
}

// CreateGuest hashes, then sets a temporary password the library makes.
func CreateGuest(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var data map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return err
	}
	if _, err := core.GenerateAndHashOTP(data); err != nil {
		return err
	}
	core.SetTemporary(data)
	return core.CreateLoginRecord(ctx, c, data["email"].(string), data["password"].(string)) // want `value written by CreateLoginRecord -> InsertOne stores key "password" in plaintext`
}

// notify stores the login of an account whose map its callers prepared:
// what it stores under "password" is what each caller's map holds there.
func notify(ctx context.Context, c *mongo.Collection, data map[string]interface{}) error { // want notify:`writes param 2 key "password" as "password" via notify -> CreateLoginRecord -> InsertOne`
	return core.CreateLoginRecord(ctx, c, data["email"].(string), data["password"].(string))
}

// CreateTenant hashes into the map before notify stores it.
func CreateTenant(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var data map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return err
	}
	if _, err := core.GenerateAndHashOTP(data); err != nil {
		return err
	}
	return notify(ctx, c, data)
}

// CreateVisitor passes the client's map on as it came.
func CreateVisitor(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var data map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&data); err != nil {
		return err
	}
	return notify(ctx, c, data) // want `value written by notify -> CreateLoginRecord -> InsertOne stores key "password" in plaintext`
}

// Notify is exported and nothing here calls it: under modular analysis
// the write is judged where it is.
func Notify(ctx context.Context, c *mongo.Collection, data map[string]interface{}) error {
	return core.CreateLoginRecord(ctx, c, data["email"].(string), data["password"].(string)) // want `value written by CreateLoginRecord -> InsertOne stores key "password" in plaintext`
}
