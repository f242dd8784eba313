// Package readback holds documents read back from the database and written
// again: the value is the stored form, judged where it was first written,
// unless the function replaces it.
package readback

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type User struct {
	Name     string `bson:"name"`
	Password string `bson:"password"`
	APIKey   string `bson:"api_key"`
}

// rename rewrites a stored user with a new name: nothing new is stored.
func rename(ctx context.Context, c *mongo.Collection, id, name string) error {
	var u User
	if err := c.FindOne(ctx, bson.M{"_id": id}).Decode(&u); err != nil {
		return err
	}
	u.Name = name
	_, err := c.ReplaceOne(ctx, bson.M{"_id": id}, u)
	return err
}

// copyKey copies a stored key into a new document, through a pointer
// initialized empty.
func copyKey(ctx context.Context, c *mongo.Collection, id string) error {
	u := &User{}
	if err := c.FindOne(ctx, bson.M{"_id": id}).Decode(u); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, bson.M{"owner": u.Name, "api_key": u.APIKey})
	return err
}

// migrate rewrites every stored user: nothing new is stored.
func migrate(ctx context.Context, src, dst *mongo.Collection) error {
	cur, err := src.Find(ctx, bson.M{})
	if err != nil {
		return err
	}
	var users []User
	if err := cur.All(ctx, &users); err != nil {
		return err
	}
	for _, u := range users {
		if _, err := dst.InsertOne(ctx, u); err != nil {
			return err
		}
	}
	return nil
}

// resetPassword reads the user back but sets a new password from the
// request: reported.
func resetPassword(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var u User
	if err := c.FindOne(ctx, bson.M{"_id": r.FormValue("id")}).Decode(&u); err != nil {
		return err
	}
	u.Password = r.FormValue("password")
	_, err := c.ReplaceOne(ctx, bson.M{"_id": r.FormValue("id")}, u) // want `User written by ReplaceOne stores Password \(key "password"\) in plaintext`
	return err
}

// replaced decodes, then replaces the whole variable with request data:
// reported.
func replaced(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var u User
	if err := c.FindOne(ctx, bson.M{"_id": r.FormValue("id")}).Decode(&u); err != nil {
		return err
	}
	u = User{Name: "n", Password: r.FormValue("password")}
	_, err := c.InsertOne(ctx, bson.M{"password": u.Password}) // want `document written by InsertOne stores key "password" in plaintext`
	return err
}

// fromRequest decodes the request body, not a stored document: reported.
func fromRequest(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var u User
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		return err
	}
	_, err := c.InsertOne(ctx, u) // want `User written by InsertOne stores Password \(key "password"\), APIKey \(key "api_key"\) in plaintext`
	return err
}

// Pages of an OAuth state record that the store decoded.
type Page struct {
	ID          string `bson:"id"`
	AccessToken string `bson:"access_token"`
}

type OAuthState struct {
	ID    string `bson:"_id"`
	Pages []Page `bson:"pages"`
}

func getState(ctx context.Context, c *mongo.Collection, id string) (*OAuthState, error) { // want getState:`returns a stored document`
	var st OAuthState
	if err := c.FindOne(ctx, bson.M{"_id": id}).Decode(&st); err != nil {
		return nil, err
	}
	return &st, nil
}

type Connection struct {
	PageID      string            `bson:"page_id"`
	Credentials map[string]string `bson:"credentials"`
}

// connectPages copies the page tokens of a stored state into connections,
// through a map indexed by page: the stored form, judged where the state
// was written.
func connectPages(ctx context.Context, c *mongo.Collection, state string, ids []string) error {
	st, err := getState(ctx, c, state)
	if err != nil {
		return err
	}
	byID := map[string]Page{}
	for _, p := range st.Pages {
		byID[p.ID] = p
	}
	for _, id := range ids {
		page, ok := byID[id]
		if !ok {
			continue
		}
		if _, err := c.InsertOne(ctx, Connection{PageID: page.ID, Credentials: map[string]string{"page_access_token": page.AccessToken}}); err != nil {
			return err
		}
	}
	return nil
}

// connectPosted stores a page token from the request: reported.
func connectPosted(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	byID := map[string]Page{}
	byID["p"] = Page{ID: "p", AccessToken: r.FormValue("token")}
	page := byID["p"]
	_, err := c.InsertOne(ctx, Connection{PageID: page.ID, Credentials: map[string]string{"page_access_token": page.AccessToken}}) // want `stores key "credentials\.page_access_token" in plaintext`
	return err
}
