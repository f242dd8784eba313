// Command server wires the MongoDB repository into the service.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"

	"example.com/program/apikeys"
	"example.com/program/audit"
	"example.com/program/domain"
	"example.com/program/generic"
	"example.com/program/gq"
	"example.com/program/login"
	"example.com/program/memrepo"
	"example.com/program/mongorepo"
	"example.com/program/service"
	"example.com/program/sessions"
)

func main() {
	client, _ := mongo.Connect()
	repo := mongorepo.New(client.Database("app").Collection("users"))
	svc := service.New(repo)
	ctx := context.Background()
	_ = svc.Register(ctx, "a@example.com", "pw")
	_, _ = svc.FinishReset(ctx, "presented-token")
	sum := sha256.Sum256([]byte("key"))
	_ = repo.SetAPIKey(ctx, "a@example.com", hex.EncodeToString(sum[:]))
	_ = service.AddHook(ctx, &audit.MongoHooks{Coll: client.Database("app").Collection("hooks")}, "https://hooks.example.com")
	_ = audit.Rotate(ctx, client.Database("app").Collection("keys"), "k1")
	h, _ := bcrypt.GenerateFromPassword([]byte("new password"), bcrypt.DefaultCost)
	_ = repo.Reset(ctx, "a@example.com", string(h))
	_ = service.RotateKeys(ctx, repo, "k2")
	_ = service.RotatePublic(ctx, repo, "k3", []byte("pub"))
	_ = service.SendCode(ctx, repo, "a@example.com")
	keys := gq.New[apikeys.Key](client.Database("app").Collection("keys"))
	_ = apikeys.Issue(ctx, keys, "a@example.com")
	_ = apikeys.Transfer(ctx, keys, "b@example.com")
	var _ domain.SignUpRepo = repo
	var _ domain.TokenRepo = repo
	db := client.Database("app")
	_, _ = service.Greet(ctx, mongorepo.NameFinder{Coll: db.Collection("users")}, "bob")
	_, _ = service.Redeem(ctx, mongorepo.TokenFinder{Coll: db.Collection("users")}, "tok")
	http.HandleFunc("PUT /tokens/{id}", generic.NewController[generic.APIToken](db.Collection("tokens")).Put)
	http.HandleFunc("PUT /members/{id}", generic.NewController[generic.Member](db.Collection("members")).Put)
	http.HandleFunc("PUT /labels/{id}", generic.NewController[generic.Label](db.Collection("labels")).Put)
	q := &sessions.Queries{Coll: db.Collection("sessions")}
	_, _ = login.Login(ctx, q, "u1")
	_ = login.Logout(ctx, q, "u1")
	_, _ = service.StartDevice(ctx, &memrepo.Devices{}, "cli")
	_ = service.RotateToken(ctx, &mongorepo.TokenStore{Base: mongorepo.Base[domain.APIToken]{Coll: db.Collection("tokens")}}, "ci")
	refresh := []func(context.Context, sessions.TokenParams) error{q.SetRefreshToken}
	_ = refresh
}
