// Package referral: a referral's code is shared on purpose, though the
// record has a user (ReferrerUserID) and a count (Uses) beside it.
package referral

import (
	"context"
	"strings"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Referral struct {
	Code           string `bson:"code"`
	ReferrerUserID string `bson:"referrer_user_id"`
	Uses           int    `bson:"uses"`
	UsesCount      int    `bson:"uses_count"`
}

func Record(ctx context.Context, c *mongo.Collection, typed, user string) error {
	_, err := c.InsertOne(ctx, Referral{Code: strings.ToUpper(typed), ReferrerUserID: user})
	return err
}
