package e2e_test

import (
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/fieldcrypt"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// keyIDs counts the stored ssn and profile.phone ciphertexts by Tink key ID.
func keyIDs(t *testing.T, raw *mongo.Collection) map[uint32]int {
	t.Helper()
	cur, err := raw.Find(context.Background(), bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []bson.Raw
	if err := cur.All(context.Background(), &docs); err != nil {
		t.Fatal(err)
	}
	ids := map[uint32]int{}
	for _, d := range docs {
		for _, p := range [][]string{{"ssn"}, {"profile", "phone"}} {
			_, data, ok := d.Lookup(p...).BinaryOK()
			if !ok || len(data) < 6 {
				t.Fatalf("%v: %v is not a ciphertext", p, d.Lookup(p...))
			}
			ids[binary.BigEndian.Uint32(data[2:6])]++
		}
	}
	return ids
}

func primary(h *keyset.Handle) uint32 { return h.KeysetInfo().GetPrimaryKeyId() }

func TestRotateAndReencrypt(t *testing.T) {
	ctx := context.Background()
	client := server(t)
	old, aeadKS, digestKS := newKeys(t)
	raw := coll(client, "users", nil)
	const n = 20
	for i := 1; i <= n; i++ {
		if _, err := coll(client, "users", old.Registry(scope)).InsertOne(ctx, user(i)); err != nil {
			t.Fatal(err)
		}
	}
	oldID := primary(aeadKS)

	rotated, err := fieldcrypt.Rotate(aeadKS)
	if err != nil {
		t.Fatal(err)
	}
	newID := primary(rotated)
	keys, err := fieldcrypt.New(rotated, digestKS)
	if err != nil {
		t.Fatal(err)
	}
	users := coll(client, "users", keys.Registry(scope))

	// Reads accept every key still in the keyset.
	var got User
	if err := users.FindOne(ctx, bson.M{"_id": 1}).Decode(&got); err != nil || got.SSN != fieldcrypt.String(secrets[0]) {
		t.Fatalf("read under the rotated keyset: %q, %v", got.SSN, err)
	}

	// Interrupted after 7 documents.
	rep, err := keys.Reencrypt(ctx, users, scope, fieldcrypt.Options{
		BatchSize: 5,
		Progress: func(r fieldcrypt.Report) error {
			if r.Scanned == 7 {
				return fieldcrypt.ErrStop
			}
			return nil
		},
	})
	if !errors.Is(err, fieldcrypt.ErrStop) || rep.Scanned != 7 || rep.Rewritten != 7 || rep.Values != 7*4 {
		t.Fatalf("interrupted run: %+v, %v", rep, err)
	}
	if ids := keyIDs(t, raw); ids[newID] != 7*2 || ids[oldID] != (n-7)*2 {
		t.Fatalf("after the interrupted run, ciphertexts by key: %v (new %d, old %d)", ids, newID, oldID)
	}
	// The collection stays readable half way.
	cur, err := users.Find(ctx, bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	var all []User
	if err := cur.All(ctx, &all); err != nil || len(all) != n {
		t.Fatalf("read half-way: %d users, %v", len(all), err)
	}

	// Resumed from the last _id.
	rep2, err := keys.Reencrypt(ctx, users, scope, fieldcrypt.Options{StartAfter: rep.LastID})
	if err != nil || rep2.Scanned != n-7 || rep2.Rewritten != n-7 {
		t.Fatalf("resumed run: %+v, %v", rep2, err)
	}
	if ids := keyIDs(t, raw); ids[newID] != n*2 || len(ids) != 1 {
		t.Fatalf("after the resumed run, ciphertexts by key: %v", ids)
	}
	// Running again from the start changes nothing.
	rep3, err := keys.Reencrypt(ctx, users, scope, fieldcrypt.Options{})
	if err != nil || rep3.Scanned != n || rep3.Rewritten != 0 {
		t.Fatalf("third run: %+v, %v", rep3, err)
	}
	assertNoPlaintext(t, raw)

	// The old key can now go: a keyset without it reads everything.
	m := keyset.NewManagerFromHandle(rotated)
	if err := m.Disable(oldID); err != nil {
		t.Fatal(err)
	}
	if err := m.Delete(oldID); err != nil {
		t.Fatal(err)
	}
	onlyNew, err := m.Handle()
	if err != nil {
		t.Fatal(err)
	}
	pruned, err := fieldcrypt.New(onlyNew, digestKS)
	if err != nil {
		t.Fatal(err)
	}
	cur, err = coll(client, "users", pruned.Registry(scope)).Find(ctx, bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	all = nil
	if err := cur.All(ctx, &all); err != nil || len(all) != n || all[n-1].Profile.Phone != fieldcrypt.String(secrets[2]) {
		t.Fatalf("read with the old key deleted: %d users, %v", len(all), err)
	}
	// And the old keys alone no longer read it.
	if err := coll(client, "users", old.Registry(scope)).FindOne(ctx, bson.M{"_id": 1}).Decode(&got); !errors.Is(err, fieldcrypt.ErrDecrypt) {
		t.Fatalf("read with the old keyset only: %v, want ErrDecrypt", err)
	}
}

// legacyUser is how the application stored users before fieldcrypt.
type legacyUser struct {
	ID      int    `bson:"_id"`
	Name    string `bson:"name"`
	SSN     string `bson:"ssn"`
	TOTP    []byte `bson:"totp_secret"`
	Reset   string `bson:"reset_token"`
	Profile struct {
		Phone  string   `bson:"phone"`
		Emails []string `bson:"emails"`
	} `bson:"profile"`
}

func TestMigrateFromPlaintext(t *testing.T) {
	ctx := context.Background()
	client := server(t)
	raw := coll(client, "users", nil)
	const n = 10
	for i := 1; i <= n; i++ {
		l := legacyUser{ID: i, Name: "ada", SSN: secrets[0], TOTP: []byte(secrets[1]), Reset: secrets[4]}
		l.Profile.Phone, l.Profile.Emails = secrets[2], []string{secrets[3]}
		if _, err := raw.InsertOne(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	// Type of the migrated application: no digest yet (a plaintext token
	// cannot be read into a Digest; digests are set when a token is issued).
	type migratedUser struct {
		ID         int               `bson:"_id"`
		SSN        fieldcrypt.String `bson:"ssn"`
		TOTPSecret fieldcrypt.Bytes  `bson:"totp_secret"`
		Profile    Profile           `bson:"profile"`
	}

	strict, aeadKS, digestKS := newKeys(t)
	var got migratedUser
	err := coll(client, "users", strict.Registry(scope)).FindOne(ctx, bson.M{"_id": 1}).Decode(&got)
	if err == nil || !strings.Contains(err.Error(), "plaintext string where a fieldcrypt.String is expected") {
		t.Fatalf("strict read of plaintext: %v", err)
	}

	// Step 1: deploy with Migration(): plaintext reads, new writes are ciphertext.
	migrating, err := fieldcrypt.New(aeadKS, digestKS, fieldcrypt.Migration())
	if err != nil {
		t.Fatal(err)
	}
	users := coll(client, "users", migrating.Registry(scope))
	if err := users.FindOne(ctx, bson.M{"_id": 1}).Decode(&got); err != nil || got.SSN != fieldcrypt.String(secrets[0]) || string(got.TOTPSecret) != secrets[1] {
		t.Fatalf("migration-mode read of plaintext: %+v, %v", got, err)
	}
	if _, err := users.ReplaceOne(ctx, bson.M{"_id": 1}, got); err != nil {
		t.Fatal(err)
	}

	// Step 2: encrypt the rest in place, interrupted once.
	paths := []string{"ssn", "totp_secret", "profile.phone", "profile.emails"}
	digests := []string{"reset_token"}
	rep, err := migrating.Reencrypt(ctx, users, scope, fieldcrypt.Options{Plaintext: paths, Digest: digests,
		Progress: func(r fieldcrypt.Report) error {
			if r.Scanned == 4 {
				return fieldcrypt.ErrStop
			}
			return nil
		}})
	if !errors.Is(err, fieldcrypt.ErrStop) || rep.Rewritten != 3 {
		t.Fatalf("interrupted migration: %+v, %v", rep, err)
	}
	rep, err = migrating.Reencrypt(ctx, users, scope, fieldcrypt.Options{Plaintext: paths, Digest: digests, StartAfter: rep.LastID})
	if err != nil || rep.Rewritten != n-4 || rep.Values != (n-4)*5 {
		t.Fatalf("resumed migration: %+v, %v", rep, err)
	}
	assertNoPlaintext(t, raw)

	// The ReplaceOne of step 1 dropped the token (not in migratedUser); the
	// others are digests now, found by the digest of the presented token.
	if c, err := users.CountDocuments(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(secrets[4])}); err != nil || c != n-1 {
		t.Fatalf("lookup of migrated tokens: %d, %v; want %d", c, err, n-1)
	}

	// Step 3: turn Migration off; everything reads strictly.
	cur, err := coll(client, "users", strict.Registry(scope)).Find(ctx, bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	var all []migratedUser
	if err := cur.All(ctx, &all); err != nil || len(all) != n {
		t.Fatalf("strict read after migration: %d, %v", len(all), err)
	}
	for _, u := range all {
		if u.SSN != fieldcrypt.String(secrets[0]) || string(u.TOTPSecret) != secrets[1] || u.Profile.Emails[0] != fieldcrypt.String(secrets[3]) {
			t.Fatalf("migrated user %+v", u)
		}
	}
}

func TestDigestRotation(t *testing.T) {
	ctx := context.Background()
	client := server(t)
	old, aeadKS, digestKS := newKeys(t)
	if _, err := coll(client, "users", old.Registry(scope)).InsertOne(ctx, user(1)); err != nil {
		t.Fatal(err)
	}
	rotated, err := fieldcrypt.RotateDigest(digestKS)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := fieldcrypt.New(aeadKS, rotated)
	if err != nil {
		t.Fatal(err)
	}
	users := coll(client, "users", keys.Registry(scope))
	u := user(2)
	if _, err := users.InsertOne(ctx, u); err != nil {
		t.Fatal(err)
	}
	// DigestOf uses the new primary key only; AnyDigestOf every key.
	if n, err := users.CountDocuments(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(secrets[4])}); err != nil || n != 1 {
		t.Fatalf("DigestOf after rotation: %d, %v; want 1", n, err)
	}
	if n, err := users.CountDocuments(ctx, bson.M{"reset_token": fieldcrypt.AnyDigestOf(secrets[4])}); err != nil || n != 2 {
		t.Fatalf("AnyDigestOf after rotation: %d, %v; want 2", n, err)
	}
	var got User
	if err := users.FindOne(ctx, bson.M{"_id": 1}).Decode(&got); err != nil || !keys.Verify(scope, got.ResetToken, secrets[4]) {
		t.Fatalf("Verify of a digest under the old key: %v", err)
	}
}
