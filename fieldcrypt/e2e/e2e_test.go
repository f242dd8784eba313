package e2e_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/fieldcrypt"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

type Profile struct {
	Phone  fieldcrypt.String   `bson:"phone"`
	Emails []fieldcrypt.String `bson:"emails"`
}

type User struct {
	ID         int               `bson:"_id"`
	Name       string            `bson:"name"`
	SSN        fieldcrypt.String `bson:"ssn"`
	TOTPSecret fieldcrypt.Bytes  `bson:"totp_secret"`
	ResetToken fieldcrypt.Digest `bson:"reset_token,omitempty"`
	Profile    Profile           `bson:"profile"`
}

const scope = "app.users"

// secrets are the plaintexts that must never be found in a stored document.
var secrets = []string{"078-05-1120", "JBSWY3DPEHPK3PXP", "+1 555 0100", "ada@example.org", "reset-4f9a2c"}

func user(id int) User {
	return User{
		ID:         id,
		Name:       "ada",
		SSN:        fieldcrypt.String(secrets[0]),
		TOTPSecret: fieldcrypt.Bytes(secrets[1]),
		ResetToken: fieldcrypt.DigestOf(secrets[4]),
		Profile:    Profile{Phone: fieldcrypt.String(secrets[2]), Emails: []fieldcrypt.String{fieldcrypt.String(secrets[3])}},
	}
}

// newKeys makes fresh keysets (generated, never literal).
func newKeys(t testing.TB, opts ...fieldcrypt.Option) (*fieldcrypt.Keys, *keyset.Handle, *keyset.Handle) {
	t.Helper()
	a, err := fieldcrypt.NewAEADKeyset()
	if err != nil {
		t.Fatal(err)
	}
	d, err := fieldcrypt.NewDigestKeyset()
	if err != nil {
		t.Fatal(err)
	}
	k, err := fieldcrypt.New(a, d, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return k, a, d
}

// coll returns the collection db.name seen through reg (nil: the driver's default registry).
func coll(c *mongo.Client, name string, reg *bson.Registry) *mongo.Collection {
	o := options.Collection()
	if reg != nil {
		o.SetRegistry(reg)
	}
	return c.Database("app").Collection(name, o)
}

// assertNoPlaintext fails if a stored document of raw contains a secret.
func assertNoPlaintext(t *testing.T, raw *mongo.Collection) {
	t.Helper()
	cur, err := raw.Find(context.Background(), bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []bson.Raw
	if err := cur.All(context.Background(), &docs); err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("no documents stored")
	}
	for _, d := range docs {
		for _, s := range secrets {
			if bytes.Contains(d, []byte(s)) {
				t.Errorf("plaintext %q stored in %v", s, d)
			}
		}
	}
}

func TestEndToEnd(t *testing.T) {
	ctx := context.Background()
	client := server(t)
	keys, _, _ := newKeys(t)
	users := coll(client, "users", keys.Registry(scope))
	raw := coll(client, "users", nil)

	for i := 1; i <= 3; i++ {
		if _, err := users.InsertOne(ctx, user(i)); err != nil {
			t.Fatal(err)
		}
	}
	// A struct under $set is encoded with its own paths.
	u4 := user(4)
	if _, err := users.UpdateOne(ctx, bson.M{"_id": 4}, bson.M{"$set": u4}, options.UpdateOne().SetUpsert(true)); err != nil {
		t.Fatal(err)
	}
	assertNoPlaintext(t, raw)

	var stored bson.Raw
	if err := raw.FindOne(ctx, bson.M{"_id": 1}).Decode(&stored); err != nil {
		t.Fatal(err)
	}
	for _, path := range [][]string{{"ssn"}, {"totp_secret"}, {"reset_token"}, {"profile", "phone"}} {
		st, data, ok := stored.Lookup(path...).BinaryOK()
		if !ok || st != fieldcrypt.Subtype || len(data) < 30 {
			t.Errorf("%v stored as %v, want binary subtype 0x80 ciphertext", path, stored.Lookup(path...))
		}
	}

	t.Run("round trip", func(t *testing.T) {
		for _, id := range []int{1, 4} {
			var got User
			if err := users.FindOne(ctx, bson.M{"_id": id}).Decode(&got); err != nil {
				t.Fatal(err)
			}
			want := user(id)
			if got.SSN != want.SSN || string(got.TOTPSecret) != string(want.TOTPSecret) ||
				got.Profile.Phone != want.Profile.Phone || len(got.Profile.Emails) != 1 || got.Profile.Emails[0] != want.Profile.Emails[0] {
				t.Errorf("read back %+v, want %+v", got, want)
			}
			if !keys.Verify(scope, got.ResetToken, secrets[4]) || keys.Verify(scope, got.ResetToken, "other") {
				t.Errorf("Verify of the stored reset token is wrong")
			}
		}
	})

	t.Run("lookup by digest", func(t *testing.T) {
		n, err := users.CountDocuments(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(secrets[4])})
		if err != nil || n != 4 {
			t.Fatalf("count by digest = %d, %v; want 4", n, err)
		}
		err = users.FindOne(ctx, bson.M{"reset_token": fieldcrypt.DigestOf("reset-wrong")}).Err()
		if !errors.Is(err, mongo.ErrNoDocuments) {
			t.Fatalf("lookup of a wrong token: %v, want no documents", err)
		}
		// The same token in another scope has another digest.
		other := coll(client, "users", keys.Registry("app.admins"))
		if n, _ := other.CountDocuments(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(secrets[4])}); n != 0 {
			t.Fatalf("digest of another scope matched %d documents", n)
		}
	})

	t.Run("tampered ciphertext", func(t *testing.T) {
		_, data, _ := stored.Lookup("ssn").BinaryOK()
		bad := append([]byte(nil), data...)
		bad[len(bad)-1] ^= 1
		if _, err := raw.UpdateOne(ctx, bson.M{"_id": 2}, bson.M{"$set": bson.M{"ssn": bson.Binary{Subtype: fieldcrypt.Subtype, Data: bad}}}); err != nil {
			t.Fatal(err)
		}
		var got User
		err := users.FindOne(ctx, bson.M{"_id": 2}).Decode(&got)
		if !errors.Is(err, fieldcrypt.ErrDecrypt) || !strings.Contains(err.Error(), "app.users/ssn") {
			t.Fatalf("decode of a tampered ssn: %v, want an ErrDecrypt naming app.users/ssn", err)
		}
		if got.SSN != "" {
			t.Fatalf("tampered decode returned %q", got.SSN)
		}
	})

	t.Run("moved to another field", func(t *testing.T) {
		_, data, _ := stored.Lookup("ssn").BinaryOK()
		if _, err := raw.UpdateOne(ctx, bson.M{"_id": 3}, bson.M{"$set": bson.M{"profile.phone": bson.Binary{Subtype: fieldcrypt.Subtype, Data: data}}}); err != nil {
			t.Fatal(err)
		}
		var got User
		err := users.FindOne(ctx, bson.M{"_id": 3}).Decode(&got)
		if !errors.Is(err, fieldcrypt.ErrDecrypt) || !strings.Contains(err.Error(), "app.users/profile.phone") {
			t.Fatalf("decode of an ssn ciphertext moved to profile.phone: %v", err)
		}
		if got.Profile.Phone == fieldcrypt.String(secrets[0]) {
			t.Fatal("moved ciphertext decrypted")
		}
	})

	t.Run("moved to another collection", func(t *testing.T) {
		admins := coll(client, "admins", keys.Registry("app.admins"))
		if _, err := coll(client, "admins", nil).InsertOne(ctx, stored); err != nil {
			t.Fatal(err)
		}
		var got User
		if err := admins.FindOne(ctx, bson.M{"_id": 1}).Decode(&got); !errors.Is(err, fieldcrypt.ErrDecrypt) {
			t.Fatalf("decode of a document copied to another scope: %v, want ErrDecrypt", err)
		}
	})

	t.Run("another keyset", func(t *testing.T) {
		stranger, _, _ := newKeys(t)
		var got User
		err := coll(client, "users", stranger.Registry(scope)).FindOne(ctx, bson.M{"_id": 1}).Decode(&got)
		if !errors.Is(err, fieldcrypt.ErrDecrypt) {
			t.Fatalf("decode with a foreign keyset: %v, want ErrDecrypt", err)
		}
	})
}

func TestFailsClosed(t *testing.T) {
	ctx := context.Background()
	client := server(t)
	keys, _, _ := newKeys(t)

	// Without the fieldcrypt registry, nothing is written.
	_, err := coll(client, "plain", nil).InsertOne(ctx, user(1))
	if err == nil || !strings.Contains(err.Error(), "without the fieldcrypt registry") {
		t.Fatalf("insert with the default registry: %v, want a refusal", err)
	}
	if n, _ := coll(client, "plain", nil).CountDocuments(ctx, bson.D{}); n != 0 {
		t.Fatalf("%d documents written", n)
	}
	// Hand-built updates: a value under an operator is bound to the path of
	// the stored document, whether the key is dotted or the value nested.
	users := coll(client, "users", keys.Registry(scope))
	if _, err := users.InsertOne(ctx, user(1)); err != nil {
		t.Fatal(err)
	}
	for _, update := range []bson.M{
		{"$set": bson.M{"ssn": fieldcrypt.String("219-09-9999"), "profile.phone": fieldcrypt.String("+1 555 0199")}},
		{"$set": bson.M{"ssn": fieldcrypt.String("219-09-9999"), "profile": Profile{Phone: "+1 555 0199"}}},
		{"$set": bson.D{{Key: "ssn", Value: fieldcrypt.String("219-09-9999")}, {Key: "profile", Value: bson.M{"phone": fieldcrypt.String("+1 555 0199")}}}},
	} {
		if _, err := users.UpdateOne(ctx, bson.M{"_id": 1}, update); err != nil {
			t.Fatal(err)
		}
		var got User
		if err := users.FindOne(ctx, bson.M{"_id": 1}).Decode(&got); err != nil || got.SSN != "219-09-9999" || got.Profile.Phone != "+1 555 0199" {
			t.Fatalf("after %v: %+v, %v", update, got, err)
		}
		if _, err := users.ReplaceOne(ctx, bson.M{"_id": 1}, user(1)); err != nil {
			t.Fatal(err)
		}
	}
	// EncryptValue gives the stored form for any other writer.
	v, err := keys.EncryptValue(scope, "ssn", fieldcrypt.String("219-09-9999"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := coll(client, "users", nil).UpdateOne(ctx, bson.M{"_id": 1}, bson.M{"$set": bson.M{"ssn": v}}); err != nil {
		t.Fatal(err)
	}
	var got User
	if err := users.FindOne(ctx, bson.M{"_id": 1}).Decode(&got); err != nil || got.SSN != "219-09-9999" {
		t.Fatalf("after EncryptValue: %q, %v", got.SSN, err)
	}
}

// An element written through a positional or index update path is bound
// like the elements of the stored array.
func TestArrayUpdates(t *testing.T) {
	ctx := context.Background()
	client := server(t)
	keys, _, _ := newKeys(t)
	users := coll(client, "users", keys.Registry(scope))
	if _, err := users.InsertOne(ctx, user(1)); err != nil {
		t.Fatal(err)
	}
	for _, update := range []bson.M{
		{"$push": bson.M{"profile.emails": fieldcrypt.String("b@example.org")}},
		{"$set": bson.M{"profile.emails.0": fieldcrypt.String("c@example.org")}},
	} {
		if _, err := users.UpdateOne(ctx, bson.M{"_id": 1}, update); err != nil {
			t.Fatal(err)
		}
	}
	var got User
	if err := users.FindOne(ctx, bson.M{"_id": 1}).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Profile.Emails) != 2 || got.Profile.Emails[0] != "c@example.org" || got.Profile.Emails[1] != "b@example.org" {
		t.Fatalf("emails after $push and $set by index: %q", got.Profile.Emails)
	}
}
