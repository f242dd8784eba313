package eval

import (
	"context"
	"encoding/json"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"golang.org/x/crypto/bcrypt"
)

// Member hashes its own password through a pointer-receiver method, a
// common pattern in handlers: bind, hash, store.
type Member struct {
	Email    string `bson:"email"`
	Password string `bson:"password"`
}

func (m *Member) HashPassword() error {
	h, err := bcrypt.GenerateFromPassword([]byte(m.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	m.Password = string(h)
	return nil
}

func (m *Member) Normalize() { m.Email = m.Email + "" }

func createMember(ctx context.Context, c *mongo.Collection, m *Member) error {
	_, err := c.InsertOne(ctx, m) // a wrapper: reported at its callers
	return err
}

func register(ctx context.Context, c *mongo.Collection, r *http.Request) {
	var m Member
	_ = json.NewDecoder(r.Body).Decode(&m)
	_ = m.HashPassword()
	_ = createMember(ctx, c, &m) // expect clean

	var n Member
	_ = json.NewDecoder(r.Body).Decode(&n)
	n.Normalize()
	_ = createMember(ctx, c, &n) // expect CL101 (forgot to hash)

	o := Member{Email: "x", Password: r.FormValue("password")}
	_ = o.HashPassword()
	c.InsertOne(ctx, &o) // expect clean
}
