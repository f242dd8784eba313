package readback

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Account keeps the refresh tokens of its sessions.
type Account struct {
	Email        string   `bson:"email"`
	RefreshToken []string `bson:"refreshToken"`
}

// signOut writes back the stored list without the presented token,
// sliced out of the list itself: the stored form.
func signOut(ctx context.Context, c *mongo.Collection, email, token string) {
	filter := bson.M{"email": email}
	var acc Account
	_ = c.FindOne(ctx, filter).Decode(&acc)
	kept := acc.RefreshToken
	for i, rt := range acc.RefreshToken {
		if rt == token {
			kept = append(acc.RefreshToken[:i], acc.RefreshToken[i+1:]...)
			break
		}
	}
	_, _ = c.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"refreshToken": kept}})
}

// revoke writes back the stored tokens other than the presented one,
// appended one by one to a new list: the stored form.
func revoke(ctx context.Context, c *mongo.Collection, email, token string) {
	filter := bson.M{"email": email}
	var acc Account
	_ = c.FindOne(ctx, filter).Decode(&acc)
	kept := []string{}
	for _, rt := range acc.RefreshToken {
		if rt != token {
			kept = append(kept, rt)
		}
	}
	_, _ = c.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"refreshToken": kept}})
}

// rotate appends the new token to the stored ones: the new one is
// plaintext.
func rotate(ctx context.Context, c *mongo.Collection, email, fresh string) {
	filter := bson.M{"email": email}
	var acc Account
	_ = c.FindOne(ctx, filter).Decode(&acc)
	tokens := append(acc.RefreshToken, fresh)
	_, _ = c.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"refreshToken": tokens}}) // want `^document written by UpdateOne stores key "refreshToken" in plaintext; .*\(CL101\)$`
}

// refresh writes back the other stored tokens when the presented one is
// stale, and appends a new token for the next write only: the append after
// the first write is not what that write holds.
func refresh(ctx context.Context, c *mongo.Collection, email, token string, stale bool, fresh string) {
	filter := bson.M{"email": email}
	var acc Account
	_ = c.FindOne(ctx, filter).Decode(&acc)
	kept := []string{}
	for _, rt := range acc.RefreshToken {
		if rt != token {
			kept = append(kept, rt)
		}
	}
	if stale {
		_, _ = c.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"refreshToken": kept}})
		return
	}
	kept = append(kept, fresh)
	_, _ = c.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"refreshToken": kept}}) // want `^document written by UpdateOne stores key "refreshToken" in plaintext; .*\(CL101\)$`
}

// rotateAll appends a new token on each turn of a loop and writes the
// list at the top of the next one: the later append reaches the write.
func rotateAll(ctx context.Context, c *mongo.Collection, email string, fresh []string) {
	filter := bson.M{"email": email}
	var acc Account
	_ = c.FindOne(ctx, filter).Decode(&acc)
	kept := acc.RefreshToken
	for _, t := range fresh {
		_, _ = c.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"refreshToken": kept}}) // want `^document written by UpdateOne stores key "refreshToken" in plaintext; .*\(CL101\)$`
		kept = append(kept, t)
	}
}
