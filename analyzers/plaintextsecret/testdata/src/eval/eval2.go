package eval

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"fmt"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type Admin struct {
	User `bson:",inline"`
	Role string `bson:"role"`
}

type Team struct {
	Lead User   `bson:"lead"`
	Name string `bson:"name"`
}

type Account struct {
	ID           string `bson:"_id"`
	PasswordHash string `bson:"password_hash"`
}

type Vault interface {
	Encrypt(plain []byte) ([]byte, error)
}

func save[T any](ctx context.Context, c *mongo.Collection, v T) {
	c.InsertOne(ctx, v) // a generic wrapper: reported at its callers
}

func loadAccount() *Account { return &Account{} }

func more(ctx context.Context, db *mongo.Database, r *http.Request, key []byte, v Vault) {
	users, customers := db.Collection("users"), db.Collection("customers")
	req := decode[struct{ Email, Password, SSN, Code string }](r)

	p := req.Password
	users.InsertOne(ctx, User{Email: req.Email, Password: p})                                   // expect CL101
	users.InsertOne(ctx, Admin{User: User{Email: req.Email, Password: req.Password}})           // expect CL101
	users.InsertOne(ctx, Team{Name: "t", Lead: User{Password: req.Password}})                   // expect CL101
	users.UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$push": bson.M{"recovery_codes": req.Code}}) // expect CL101
	users.InsertOne(ctx, bson.M{"password": fmt.Sprintf("%s", req.Password)})                   // expect CL101
	save(ctx, users, User{Email: req.Email, Password: req.Password})                            // expect CL101
	save(ctx, users, User{Email: req.Email, Password: hashPassword(req.Password)})              // expect clean

	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	ct := gcm.Seal(nonce, nonce, []byte(req.SSN), nil)
	customers.InsertOne(ctx, Customer{Name: "n", SSN: string(ct)}) // expect clean
	sealed, _ := v.Encrypt([]byte(req.SSN))
	customers.InsertOne(ctx, bson.M{"ssn": sealed}) // expect clean

	acct := loadAccount()
	users.UpdateOne(ctx, bson.M{"_id": acct.ID}, bson.M{"$set": bson.M{"password": acct.PasswordHash}}) // expect clean (the value is the stored hash)

	u := User{Email: req.Email}
	u.Password = hashPassword(req.Password)
	users.ReplaceOne(ctx, bson.M{"email": req.Email}, u) // expect clean
}
