package fieldcrypt_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/cryptolint/cryptolint/fieldcrypt"
	"go.mongodb.org/mongo-driver/v2/bson"
)

type doc struct {
	S fieldcrypt.String `bson:"s"`
	B fieldcrypt.Bytes  `bson:"b"`
}

const scope = "app.users"

// newKeys makes fresh keysets (generated, never literal).
func newKeys(t testing.TB) *fieldcrypt.Keys {
	t.Helper()
	a, err := fieldcrypt.NewAEADKeyset()
	if err != nil {
		t.Fatal(err)
	}
	d, err := fieldcrypt.NewDigestKeyset()
	if err != nil {
		t.Fatal(err)
	}
	k, err := fieldcrypt.New(a, d)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// marshal encodes v with reg, as the driver does for a document.
func marshal(t testing.TB, reg *bson.Registry, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := bson.NewEncoder(bson.NewDocumentWriter(&buf))
	enc.SetRegistry(reg)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// unmarshal decodes data into v with reg.
func unmarshal(reg *bson.Registry, data []byte, v any) error {
	dec := bson.NewDecoder(bson.NewDocumentReader(bytes.NewReader(data)))
	dec.SetRegistry(reg)
	return dec.Decode(v)
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("078-05-1120", []byte("JBSWY3DPEHPK3PXP"), uint16(0), byte(1))
	f.Add("", []byte{}, uint16(40), byte(0x80))
	keys := newKeys(f)
	reg := keys.Registry(scope)
	f.Fuzz(func(t *testing.T, s string, b []byte, at uint16, flip byte) {
		data := marshal(t, reg, doc{S: fieldcrypt.String(s), B: fieldcrypt.Bytes(b)})
		// Ciphertext is random-looking: an 8-byte plaintext inside it would be
		// a 2^-64 accident per position, so it means the value was not encrypted.
		_, sct, _ := bson.Raw(data).Lookup("s").BinaryOK()
		_, bct, _ := bson.Raw(data).Lookup("b").BinaryOK()
		if len(s) >= 8 && bytes.Contains(sct, []byte(s)) || len(b) >= 8 && bytes.Contains(bct, b) {
			t.Fatalf("plaintext in %x", data)
		}
		var got doc
		if err := unmarshal(reg, data, &got); err != nil {
			t.Fatal(err)
		}
		if string(got.S) != s || !bytes.Equal(got.B, b) || got.B == nil {
			t.Fatalf("round trip: %q %x, want %q %x", got.S, got.B, s, b)
		}
		// Flip bits of one byte inside the s ciphertext: never a value back.
		raw := bson.Raw(data)
		_, ct, _ := raw.Lookup("s").BinaryOK()
		i := bytes.Index(data, ct) + int(at)%len(ct)
		if flip == 0 {
			flip = 1
		}
		bad := append([]byte(nil), data...)
		bad[i] ^= flip
		var tampered doc
		err := unmarshal(reg, bad, &tampered)
		if err == nil {
			t.Fatalf("tampered byte %d (^%#x) decoded to %q", i, flip, tampered.S)
		}
		if i > bytes.Index(data, ct) && !errors.Is(err, fieldcrypt.ErrDecrypt) {
			t.Fatalf("tampered ciphertext byte: %v, want ErrDecrypt", err)
		}
	})
}

// A ciphertext read as the other type, or at another path, does not decrypt.
func TestBoundToTypeAndPath(t *testing.T) {
	keys := newKeys(t)
	reg := keys.Registry(scope)
	data := marshal(t, reg, doc{S: "secret", B: fieldcrypt.Bytes("secret")})
	var swapped struct {
		S fieldcrypt.Bytes  `bson:"s"`
		B fieldcrypt.String `bson:"b"`
	}
	if err := unmarshal(reg, data, &swapped); !errors.Is(err, fieldcrypt.ErrDecrypt) {
		t.Fatalf("String read as Bytes: %v", err)
	}
	var renamed struct {
		S fieldcrypt.String `bson:"t"`
	}
	moved := marshal(t, bson.NewRegistry(), bson.D{{Key: "t", Value: bson.Raw(data).Lookup("s")}})
	if err := unmarshal(reg, moved, &renamed); !errors.Is(err, fieldcrypt.ErrDecrypt) || renamed.S != "" {
		t.Fatalf("s read at t: %q, %v", renamed.S, err)
	}
	var nested struct {
		In doc `bson:"in"`
	}
	inside := marshal(t, bson.NewRegistry(), bson.D{{Key: "in", Value: bson.Raw(data)}})
	if err := unmarshal(reg, inside, &nested); !errors.Is(err, fieldcrypt.ErrDecrypt) {
		t.Fatalf("s read at in.s: %v", err)
	}
}

// Benchmarks: one document with one string field, encoded and decoded by the
// driver's default registry (plain) and with fieldcrypt (encrypted).
type plainDoc struct {
	S string `bson:"s"`
}

type cryptDoc struct {
	S fieldcrypt.String `bson:"s"`
}

const benchValue = "078-05-1120 plus a few more bytes." // 34 bytes

func BenchmarkEncode(b *testing.B) {
	keys := newKeys(b)
	b.Run("plain", func(b *testing.B) {
		reg := bson.NewRegistry()
		for b.Loop() {
			marshal(b, reg, plainDoc{S: benchValue})
		}
	})
	b.Run("fieldcrypt", func(b *testing.B) {
		reg := keys.Registry(scope)
		for b.Loop() {
			marshal(b, reg, cryptDoc{S: benchValue})
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	keys := newKeys(b)
	b.Run("plain", func(b *testing.B) {
		reg := bson.NewRegistry()
		data := marshal(b, reg, plainDoc{S: benchValue})
		for b.Loop() {
			var d plainDoc
			if err := unmarshal(reg, data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("fieldcrypt", func(b *testing.B) {
		reg := keys.Registry(scope)
		data := marshal(b, reg, cryptDoc{S: benchValue})
		for b.Loop() {
			var d cryptDoc
			if err := unmarshal(reg, data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkDigest(b *testing.B) {
	keys := newKeys(b)
	reg := keys.Registry(scope)
	for b.Loop() {
		marshal(b, reg, bson.D{{Key: "t", Value: fieldcrypt.DigestOf(benchValue)}})
	}
}
