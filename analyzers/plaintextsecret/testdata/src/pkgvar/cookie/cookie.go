// Package cookie generates the cookie keys on first use and saves them in
// the settings group of another package, as a web console does.
package cookie

import (
	"context"
	"encoding/json"
	"io"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"pkgvar/settings"
)

func randomKey() []byte { return make([]byte, 64) }

func InitCookies(ctx context.Context, c *mongo.Collection) error {
	key := settings.System.CookieAuthKey
	if len(key) == 0 {
		key = randomKey()
		settings.System.CookieAuthKey = key
		fields := settings.NewSet("cookie_auth_key")
		return settings.Commit(ctx, c, settings.System, fields) // want `\*settings\.system written by Commit -> UpdateOne stores CookieAuthKey \(key "cookie_auth_key"\) in plaintext`
	}
	return nil
}

// SetTheme writes only the theme: the key is not selected.
func SetTheme(ctx context.Context, c *mongo.Collection, theme string) error {
	settings.System.Theme = theme
	settings.System.CookieAuthKey = randomKey()
	return settings.Commit(ctx, c, settings.System, settings.NewSet("theme"))
}

// Save writes the key, but nothing here puts a value in it: what the
// group holds was loaded elsewhere (read back from the database).
func Save(ctx context.Context, c *mongo.Collection) error {
	return settings.Commit(ctx, c, settings.System, settings.NewSet("cookie_auth_key"))
}

// Form is a settings form posted by an administrator.
type Form struct {
	ElasticUsername string
	ElasticPassword string
	TwilioAccount   string
	TwilioNumber    string
	TwilioSecret    string
}

// Update writes each group's changed fields, building a new set of keys
// for each group in one variable.
func Update(ctx context.Context, c *mongo.Collection, data *Form) error {
	fields := settings.NewSet()
	if settings.Elastic.Username != data.ElasticUsername {
		settings.Elastic.Username = data.ElasticUsername
		fields.Add("username")
	}
	if settings.Elastic.Password != data.ElasticPassword {
		settings.Elastic.Password = data.ElasticPassword
		fields.Add("password")
	}
	if err := settings.Commit(ctx, c, settings.Elastic, fields); err != nil { // want `\*settings\.elastic written by Commit -> UpdateOne stores Password \(key "password"\) in plaintext`
		return err
	}

	fields = settings.NewSet()
	if settings.Twilio.Account != data.TwilioAccount {
		settings.Twilio.Account = data.TwilioAccount
		fields.Add("account")
	}
	if settings.Twilio.Number != data.TwilioNumber {
		settings.Twilio.Number = data.TwilioNumber
		fields.Add("number")
	}
	settings.Twilio.Secret = data.TwilioSecret
	// The secret is set but not among the keys written.
	return settings.Commit(ctx, c, settings.Twilio, fields)
}

// AuthForm is the authentication part of the settings form.
type AuthForm struct {
	Expire    int
	Providers []*settings.Provider
}

// UpdateAuth replaces the providers with those of the form: their client
// secrets are written as posted.
func UpdateAuth(ctx context.Context, c *mongo.Collection, body io.Reader) error {
	data := &AuthForm{}
	if err := json.NewDecoder(body).Decode(data); err != nil {
		return err
	}
	fields := settings.NewSet("providers")
	if settings.Auth.Expire != data.Expire {
		settings.Auth.Expire = data.Expire
		fields.Add("expire")
	}
	for _, p := range data.Providers {
		if err := p.Validate(); err != nil {
			return err
		}
	}
	settings.Auth.Providers = data.Providers
	return settings.Commit(ctx, c, settings.Auth, fields) // want `\*settings\.auth written by Commit -> UpdateOne stores ClientSecret \(key "providers\.client_secret"\), OneLoginSecret \(key "providers\.one_login_secret"\) in plaintext`
}

// ExpireAuth writes the expiry only; the providers were loaded.
func ExpireAuth(ctx context.Context, c *mongo.Collection, expire int) error {
	settings.Auth.Expire = expire
	return settings.Commit(ctx, c, settings.Auth, settings.NewSet("expire", "providers"))
}

func defaultProviders() []*settings.Provider { return nil }

// ResetAuth puts providers from elsewhere: what they hold is not known here.
func ResetAuth(ctx context.Context, c *mongo.Collection) error {
	settings.Auth.Providers = defaultProviders()
	return settings.Commit(ctx, c, settings.Auth, settings.NewSet("providers"))
}

type authDoc struct {
	ID        string               `bson:"_id"`
	Providers []*settings.Provider `bson:"providers"`
}

// ReplaceProviders reads the document back, replaces its providers with
// posted ones and writes it: the stored part is not new, the posted is.
func ReplaceProviders(ctx context.Context, c *mongo.Collection, body io.Reader) error {
	a := &authDoc{}
	if err := c.FindOne(ctx, bson.M{"_id": "auth"}).Decode(a); err != nil {
		return err
	}
	data := &AuthForm{}
	if err := json.NewDecoder(body).Decode(data); err != nil {
		return err
	}
	a.Providers = data.Providers
	_, err := c.ReplaceOne(ctx, bson.M{"_id": a.ID}, a) // want `\*cookie\.authDoc written by ReplaceOne stores ClientSecret \(key "providers\.client_secret"\), OneLoginSecret \(key "providers\.one_login_secret"\) in plaintext`
	return err
}

// RenameAuth rewrites what it read.
func RenameAuth(ctx context.Context, c *mongo.Collection) error {
	a := &authDoc{}
	if err := c.FindOne(ctx, bson.M{"_id": "auth"}).Decode(a); err != nil {
		return err
	}
	_, err := c.ReplaceOne(ctx, bson.M{"_id": "auth2"}, a)
	return err
}

func getAuth(ctx context.Context, c *mongo.Collection) (*authDoc, error) { // want getAuth:`returns a stored document`
	a := &authDoc{}
	err := c.FindOne(ctx, bson.M{"_id": "auth"}).Decode(a)
	return a, err
}

// PutProviders reads the document through a getter, replaces its
// providers with posted ones and writes it: the posted part is new.
func PutProviders(ctx context.Context, c *mongo.Collection, body io.Reader) error {
	data := &AuthForm{}
	if err := json.NewDecoder(body).Decode(data); err != nil {
		return err
	}
	a, err := getAuth(ctx, c)
	if err != nil {
		return err
	}
	a.Providers = data.Providers
	_, err = c.ReplaceOne(ctx, bson.M{"_id": a.ID}, a) // want `\*cookie\.authDoc written by ReplaceOne stores ClientSecret \(key "providers\.client_secret"\), OneLoginSecret \(key "providers\.one_login_secret"\) in plaintext`
	return err
}

// TouchProviders writes the stored document back unchanged.
func TouchProviders(ctx context.Context, c *mongo.Collection) error {
	a, err := getAuth(ctx, c)
	if err != nil {
		return err
	}
	_, err = c.ReplaceOne(ctx, bson.M{"_id": a.ID}, a)
	return err
}
