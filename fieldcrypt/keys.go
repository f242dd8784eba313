package fieldcrypt

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/prf"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// Keys holds the two keysets of fieldcrypt: an AEAD keyset (AES-256-GCM by
// default) for String and Bytes, and a PRF keyset (HMAC-SHA-256) for Digest.
// Both are Tink keysets: every key still in a keyset decrypts or matches, the
// primary key encrypts, and rotation is adding a key and making it primary.
//
// A Keys is safe for concurrent use.
type Keys struct {
	aead      tink.AEAD
	aeadID    uint32 // primary key ID of the AEAD keyset
	prfs      *prf.Set
	aeadIDs   map[uint32]bool
	migration bool
}

// Option changes how a Keys reads stored values.
type Option func(*Keys)

// Migration makes decoding accept legacy plaintext where a String or Bytes is
// expected (a BSON string or a generic binary). Writes are always ciphertext.
// Turn it on while a collection is being migrated, run Reencrypt with
// Options.Plaintext, then turn it off: see the package documentation.
func Migration() Option { return func(k *Keys) { k.migration = true } }

// New returns the Keys for an AEAD keyset and a PRF keyset. The keysets come
// from ReadKeyset, KeysetFromEnv, KeysetFromFile or Tink's KMS integrations,
// never from a literal in the program.
func New(aeadKeyset, digestKeyset *keyset.Handle, opts ...Option) (*Keys, error) {
	if aeadKeyset == nil || digestKeyset == nil {
		return nil, errors.New("fieldcrypt: both an AEAD keyset and a digest (PRF) keyset are needed")
	}
	a, err := aead.New(aeadKeyset)
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: AEAD keyset: %w", err)
	}
	p, err := prf.NewPRFSet(digestKeyset)
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: digest keyset: %w", err)
	}
	info := aeadKeyset.KeysetInfo()
	ids := make(map[uint32]bool)
	for _, ki := range info.GetKeyInfo() {
		ids[ki.GetKeyId()] = true
	}
	k := &Keys{aead: a, aeadID: info.GetPrimaryKeyId(), prfs: p, aeadIDs: ids}
	for _, o := range opts {
		o(k)
	}
	return k, nil
}

// ReadKeyset reads a keyset in Tink's JSON format. With a key-encryption AEAD
// (a KMS client's AEAD, e.g. from Tink's AWS, GCP or Vault integrations) the
// keyset must be encrypted with it, which is the setting for production. With
// kek nil the keyset is read as cleartext JSON, which is for development and for
// secrets managers that already protect the value at rest.
func ReadKeyset(r io.Reader, kek tink.AEAD) (*keyset.Handle, error) {
	if kek != nil {
		return keyset.Read(keyset.NewJSONReader(r), kek)
	}
	return insecurecleartextkeyset.Read(keyset.NewJSONReader(r))
}

// KeysetFromEnv reads a keyset from the environment variable name: the JSON
// keyset itself, or the same base64-encoded. See ReadKeyset for kek.
func KeysetFromEnv(name string, kek tink.AEAD) (*keyset.Handle, error) {
	v, ok := os.LookupEnv(name)
	if !ok || strings.TrimSpace(v) == "" {
		return nil, fmt.Errorf("fieldcrypt: environment variable %s is not set", name)
	}
	v = strings.TrimSpace(v)
	if !strings.HasPrefix(v, "{") {
		b, err := base64.StdEncoding.DecodeString(v)
		if err != nil {
			return nil, fmt.Errorf("fieldcrypt: %s is neither JSON nor base64: %w", name, err)
		}
		v = string(b)
	}
	h, err := ReadKeyset(strings.NewReader(v), kek)
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: keyset in %s: %w", name, err)
	}
	return h, nil
}

// KeysetFromFile reads a keyset from a file. See ReadKeyset for kek.
func KeysetFromFile(path string, kek tink.AEAD) (*keyset.Handle, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: %w", err)
	}
	h, err := ReadKeyset(bytes.NewReader(b), kek)
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: keyset in %s: %w", path, err)
	}
	return h, nil
}

// WriteKeyset writes a keyset as Tink JSON, encrypted with kek, or in
// cleartext when kek is nil (for development and for secrets managers).
func WriteKeyset(w io.Writer, h *keyset.Handle, kek tink.AEAD) error {
	if kek != nil {
		return h.Write(keyset.NewJSONWriter(w), kek)
	}
	return insecurecleartextkeyset.Write(h, keyset.NewJSONWriter(w))
}

// NewAEADKeyset generates a fresh AES-256-GCM keyset with one key.
func NewAEADKeyset() (*keyset.Handle, error) {
	return keyset.NewHandle(aead.AES256GCMKeyTemplate())
}

// NewDigestKeyset generates a fresh HMAC-SHA-256 PRF keyset with one key.
func NewDigestKeyset() (*keyset.Handle, error) {
	return keyset.NewHandle(prf.HMACSHA256PRFKeyTemplate())
}

// Rotate returns a copy of an AEAD keyset with a new AES-256-GCM key made
// primary; the old keys stay, so values written under them still decrypt.
// After Reencrypt has rewritten every collection, old keys can be disabled
// and deleted with Tink's keyset.Manager.
func Rotate(h *keyset.Handle) (*keyset.Handle, error) {
	m := keyset.NewManagerFromHandle(h)
	id, err := m.Add(aead.AES256GCMKeyTemplate())
	if err != nil {
		return nil, err
	}
	if err := m.SetPrimary(id); err != nil {
		return nil, err
	}
	return m.Handle()
}

// RotateDigest returns a copy of a digest (PRF) keyset with a new
// HMAC-SHA-256 key made primary. Stored digests cannot be re-computed (the
// values are gone), so keep the old keys while values digested under them
// must still match, and look them up with AnyDigestOf; a value digested
// again (a new token issued) uses the new primary key.
func RotateDigest(h *keyset.Handle) (*keyset.Handle, error) {
	m := keyset.NewManagerFromHandle(h)
	id, err := m.Add(prf.HMACSHA256PRFKeyTemplate())
	if err != nil {
		return nil, err
	}
	if err := m.SetPrimary(id); err != nil {
		return nil, err
	}
	return m.Handle()
}
