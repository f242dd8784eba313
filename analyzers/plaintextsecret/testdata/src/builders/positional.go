package builders

import (
	"context"
	"fmt"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Paths built with array positions (fmt.Sprintf("company.%d.socials", i))
// are known by their constant segments; a key whose run-time part is
// inside a segment, or is the whole key, is not.

type Social struct {
	Platform    string `bson:"platform"`
	AccessToken string `bson:"access_token"`
}

func PushSocial(ctx context.Context, c *mongo.Collection, r *http.Request, i int) error {
	s := Social{Platform: r.FormValue("platform"), AccessToken: r.FormValue("token")}
	fieldPath := fmt.Sprintf("company.%d.socials", i)
	_, err := c.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, bson.M{"$push": bson.M{fieldPath: s}}) // want `document written by UpdateOne stores AccessToken \(key "company\.\$\.socials\.access_token"\) in plaintext`
	return err
}

func SetSocialToken(ctx context.Context, c *mongo.Collection, r *http.Request, i, j int) error {
	tok := r.FormValue("token")
	fields := bson.M{
		fmt.Sprintf("company.%d.socials.%d.access_token", i, j): tok,
		fmt.Sprintf("company.%d.socials.%d.platform", i, j):     r.FormValue("platform"),
	}
	if refresh := r.FormValue("refresh"); refresh != "" {
		fields[fmt.Sprintf("company.%d.socials.%d.refresh_token", i, j)] = refresh
	}
	_, err := c.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, bson.M{"$set": fields}) // want `document written by UpdateOne stores key "company\.\$\.socials\.\$\.access_token", key "company\.\$\.socials\.\$\.refresh_token" in plaintext`
	return err
}

// A run-time part inside a segment, or a whole key from the request: the
// key is not known, nothing is reported.
func SetNamed(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	name := r.FormValue("name")
	_, err := c.UpdateOne(ctx, bson.M{"_id": r.FormValue("id")}, bson.M{"$set": bson.M{
		fmt.Sprintf("%s_token", name): r.FormValue("value"),
		name:                          r.FormValue("token"),
	}})
	return err
}
