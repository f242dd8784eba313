// Package api: handlers that decode the request through the program's own
// helpers and store what the request held.
package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/render"
	"gopkg.in/yaml.v3"

	"go.mongodb.org/mongo-driver/v2/mongo"

	"inputwrap/web"
)

type Cluster struct {
	Name      string `bson:"_id"`
	Address   string `bson:"address"`
	ClientKey string `bson:"clientkey"`
}

func createCluster(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var cl Cluster
	if err := web.ParseJSON(r, &cl); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, cl) // want `api\.Cluster written by InsertOne stores ClientKey \(key "clientkey"\) in plaintext`
	return err
}

func updateCluster(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	cl := &Cluster{}
	if err := web.Decode(r, cl); err != nil {
		return err
	}
	_, err := c.ReplaceOne(ctx, map[string]string{"_id": cl.Name}, cl) // want `\*api\.Cluster written by ReplaceOne stores ClientKey \(key "clientkey"\) in plaintext`
	return err
}

// renameCluster decodes only a name; the stored cluster is a new literal.
func renameCluster(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var req struct{ Name, Address string }
	if err := web.ParseJSON(r, &req); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, Cluster{Name: req.Name, Address: req.Address})
	return err
}

// SignUp is the sign-up request, stored as the user: the server issues the
// verification code and the reset token later, so a request decoded into
// it does not hold them; the password it does.
type SignUp struct {
	Email              string `bson:"email"`
	Password           string `bson:"password"`
	VerificationCode   string `bson:"verificationCode,omitempty"`
	ResetPasswordToken string `bson:"resetPasswordToken,omitempty"`
}

func signUp(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var u SignUp
	if err := web.ParseJSON(r, &u); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, u) // want `api\.SignUp written by InsertOne stores Password \(key "password"\) in plaintext; hash passwords`
	return err
}

// Account is bound from JSON: the client cannot set the fields tagged
// json:"-", so they hold nothing after decoding.
type Account struct {
	Name     string `json:"name" bson:"name"`
	Password string `json:"-" bson:"password"`
	APIKey   string `json:"-," bson:"api_key"`
	Token    string `json:"token" bson:"token"`
	Inner    struct {
		Secret string `json:"secret" bson:"secret"`
	} `json:"-" bson:"inner"`
}

func importAccount(ctx context.Context, c *mongo.Collection, body []byte) error {
	var a Account
	if err := json.Unmarshal(body, &a); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, a) // want `api\.Account written by InsertOne stores Token \(key "token"\) in plaintext; store`
	return err
}

// Settings is decoded from YAML, which does not read json tags: the
// password it holds is whatever the file says.
type Settings struct {
	Password string `json:"-" bson:"password"`
}

func loadSettings(ctx context.Context, c *mongo.Collection, r io.Reader) error {
	var s Settings
	if err := yaml.NewDecoder(r).Decode(&s); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, s) // want `api\.Settings written by InsertOne stores Password \(key "password"\) in plaintext`
	return err
}

type clusterRequest struct {
	Data Cluster `json:"data"`
}

// saveCluster returns the cluster it stored, as the repository does.
func saveCluster(ctx context.Context, c *mongo.Collection, cl Cluster) (Cluster, error) { // want saveCluster:`writes param 2 via saveCluster -> InsertOne` saveCluster:`returns param 2`
	_, err := c.InsertOne(ctx, cl)
	return cl, err
}

// createFromEnvelope stores a part of the posted request, through a
// variable the write's own result is assigned back to.
func createFromEnvelope(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var req clusterRequest
	if err := web.ParseJSON(r, &req); err != nil {
		return err
	}
	cl := req.Data
	cl, err := saveCluster(ctx, c, cl) // want `api\.Cluster written by saveCluster -> InsertOne stores ClientKey \(key "clientkey"\) in plaintext`
	_ = cl
	return err
}

// importThroughHelper decodes with the program's JSON helper: the fields
// tagged json:"-" hold nothing after it either.
func importThroughHelper(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var a Account
	if err := web.Decode(r, &a); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, a) // want `api\.Account written by InsertOne stores Token \(key "token"\) in plaintext; store`
	return err
}

// PaymentMethod is bound with chi's render.Bind: the card number is what
// the client sent.
type PaymentMethod struct {
	Identifier string `json:"identifier" bson:"identifier"`
	CardNumber string `json:"card_number" bson:"card_number"`
}

func (p *PaymentMethod) Bind(r *http.Request) error { return nil }

func savePaymentMethod(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var pm PaymentMethod
	if err := render.Bind(r, &pm); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, &pm) // want `\*api\.PaymentMethod written by InsertOne stores CardNumber \(key "card_number"\) in plaintext; encrypt personal and payment data`
	return err
}

// Provider tokens live in a map of structs whose tokens JSON cannot set:
// a profile decoded from the request stores only its password.
type ProviderInfo struct {
	Email       string `json:"email" bson:"email"`
	AccessToken string `json:"-" bson:"accessToken"`
}

type ProfileUpdate struct {
	Password  string                  `json:"password" bson:"password"`
	Providers map[string]ProviderInfo `json:"providers" bson:"providers"`
	Linked    []ProviderInfo          `json:"linked" bson:"linked"`
}

func updateProfile(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var u ProfileUpdate
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, u) // want `api\.ProfileUpdate written by InsertOne stores Password \(key "password"\) in plaintext; hash`
	return err
}
