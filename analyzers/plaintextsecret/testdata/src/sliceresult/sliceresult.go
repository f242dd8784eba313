// Package sliceresult: a function that returns a slice it builds by
// appending literals that fill a token (an API client mapping a provider's
// response into the module's models) fills that field in its callers'
// documents, as a function returning one such struct does.
package sliceresult

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Page struct {
	ID          string `bson:"id"`
	AccessToken string `bson:"access_token"`
}

type State struct {
	ID    string `bson:"_id"`
	Pages []Page `bson:"pages"`
	Page  *Page  `bson:"page"`
}

func listPages(ctx context.Context, tok string) ([]Page, error) { // want listPages:`fills AccessToken`
	resp, err := http.Get("https://graph.example.com/me/accounts?access_token=" + tok)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	type pageResp struct {
		ID          string `json:"id"`
		AccessToken string `json:"access_token"`
	}
	var out struct {
		Data []pageResp `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(out.Data))
	for _, p := range out.Data {
		pages = append(pages, Page{ID: p.ID, AccessToken: p.AccessToken})
	}
	return pages, nil
}

func onePage(ctx context.Context, tok string) (*Page, error) { // want onePage:`fills AccessToken`
	resp, err := http.Get("https://graph.example.com/me?access_token=" + tok)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		ID          string `json:"id"`
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &Page{ID: out.ID, AccessToken: out.AccessToken}, nil
}

func Save(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	pages, err := listPages(ctx, r.FormValue("t"))
	if err != nil {
		return err
	}
	st := &State{ID: "x"}
	st.Pages = pages
	_, err = c.InsertOne(ctx, st) // want `\*sliceresult\.State written by InsertOne stores AccessToken \(key "pages\.access_token"\) in plaintext`
	return err
}

func SaveOne(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	p, err := onePage(ctx, r.FormValue("t"))
	if err != nil {
		return err
	}
	st := &State{ID: "x"}
	st.Page = p
	_, err = c.InsertOne(ctx, st) // want `\*sliceresult\.State written by InsertOne stores AccessToken \(key "page\.access_token"\) in plaintext`
	return err
}

func SaveDirect(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	p, err := onePage(ctx, r.FormValue("t"))
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, p) // want `\*sliceresult\.Page written by InsertOne stores AccessToken \(key "access_token"\) in plaintext`
	return err
}

func SaveSlice(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	pages, err := listPages(ctx, r.FormValue("t"))
	if err != nil {
		return err
	}
	_, err = c.InsertOne(ctx, State{ID: "x", Pages: pages}) // want `sliceresult\.State written by InsertOne stores AccessToken \(key "pages\.access_token"\) in plaintext`
	return err
}

// listIDs fills only the IDs, and listDigests hashes the tokens: their
// callers store no token.
func listIDs(ids []string) []Page { // want listIDs:`protects AccessToken`
	var pages []Page
	for _, id := range ids {
		pages = append(pages, Page{ID: id})
	}
	return pages
}

func listDigests(toks []string) []Page { // want listDigests:`protects AccessToken`
	var pages []Page
	for _, t := range toks {
		sum := sha256.Sum256([]byte(t))
		pages = append(pages, Page{ID: "p", AccessToken: hex.EncodeToString(sum[:])})
	}
	return pages
}

// listSome fills the token in one element only: not every element holds
// one, so the callers are not told it is filled.
func listSome(tok string) []Page {
	pages := []Page{}
	pages = append(pages, Page{ID: "a", AccessToken: tok + "x"})
	pages = append(pages, Page{ID: "b"})
	return pages
}

func SaveOthers(ctx context.Context, c *mongo.Collection, r *http.Request) {
	c.InsertOne(ctx, State{ID: "ids", Pages: listIDs(r.Form["id"])})
	c.InsertOne(ctx, State{ID: "digests", Pages: listDigests(r.Form["t"])})
	c.InsertOne(ctx, State{ID: "some", Pages: listSome("t")})
}

// loadState reads a handshake back; the callback fills its pages and
// saves it again: the pages' tokens are new, the rest is the stored form.
func loadState(ctx context.Context, c *mongo.Collection, id string) (*State, error) { // want loadState:`returns a stored document`
	var st State
	if err := c.FindOne(ctx, bson.M{"_id": id}).Decode(&st); err != nil {
		return nil, err
	}
	return &st, nil
}

func saveState(ctx context.Context, c *mongo.Collection, st *State) error { // want saveState:`writes param 2 via saveState -> UpdateOne`
	_, err := c.UpdateOne(ctx, bson.M{"_id": st.ID}, bson.M{"$set": st})
	return err
}

func Callback(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	st, err := loadState(ctx, c, r.FormValue("state"))
	if err != nil {
		return err
	}
	pages, err := listPages(ctx, r.FormValue("t"))
	if err != nil {
		return err
	}
	st.Pages = pages
	return saveState(ctx, c, st) // want `\*sliceresult\.State written by saveState -> UpdateOne stores AccessToken \(key "pages\.access_token"\) in plaintext`
}

// Resave writes the state back unchanged: the stored form.
func Resave(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	st, err := loadState(ctx, c, r.FormValue("state"))
	if err != nil {
		return err
	}
	return saveState(ctx, c, st)
}
