package fieldcrypt

import (
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"fmt"
)

// String is a string stored encrypted. Convert to and from string:
// u.SSN = fieldcrypt.String(ssn), string(u.SSN). It is encoded only by the codecs
// of a registry made by (*Keys).Registry; with any other registry its
// MarshalBSONValue refuses to encode it, so a missing registry fails instead
// of storing plaintext.
type String string

// Bytes is a byte slice stored encrypted; see String.
type Bytes []byte

// errNoRegistry is returned when a fieldcrypt type is encoded with a registry
// that does not come from (*Keys).Registry.
var errNoRegistry = errors.New("fieldcrypt: value encoded without the fieldcrypt registry; " +
	"set options.Collection().SetRegistry(keys.Registry(scope)) (or the client's registry)")

// MarshalBSONValue refuses to encode: only the fieldcrypt registry's codec may.
func (String) MarshalBSONValue() (byte, []byte, error) { return 0, nil, errNoRegistry }

// MarshalBSONValue refuses to encode: only the fieldcrypt registry's codec may.
func (Bytes) MarshalBSONValue() (byte, []byte, error) { return 0, nil, errNoRegistry }

// Digest is a keyed digest (HMAC-SHA-256 through a Tink PRF keyset) of a value
// that is only ever verified, never read back: reset tokens, API keys, one-time
// codes, session IDs. Build it with DigestOf; a Digest read from the database
// holds only the digest. Use it in filters to look a value up:
//
//	coll.FindOne(ctx, bson.M{"reset_token": fieldcrypt.DigestOf(presented)})
//
// A Digest also serves as a blind index for equality search on an encrypted
// field: store DigestOf(normalized value) beside the String.
type Digest struct {
	plain    []byte // the value, when built by DigestOf
	hasPlain bool
	sum      []byte // keyID (4 bytes, big-endian) || PRF output, when read back
	anyKey   bool   // encode as {$in: [digest under every key]} (AnyDigestOf)
}

// DigestOf returns the Digest of a presented value, computed under the
// primary digest key when it is encoded.
func DigestOf(value string) Digest { return Digest{plain: []byte(value), hasPlain: true} }

// AnyDigestOf is DigestOf for filters during a rotation of the digest
// keyset: it encodes as {$in: [the digest under each key]}, so values stored
// under an older digest key still match. It is for filters only.
func AnyDigestOf(value string) Digest {
	return Digest{plain: []byte(value), hasPlain: true, anyKey: true}
}

// IsZero reports whether d holds neither a value nor a stored digest.
func (d Digest) IsZero() bool { return !d.hasPlain && d.sum == nil }

// MarshalBSONValue refuses to encode: only the fieldcrypt registry's codec may.
func (Digest) MarshalBSONValue() (byte, []byte, error) { return 0, nil, errNoRegistry }

// String hides the value.
func (d Digest) String() string {
	if d.sum != nil {
		return fmt.Sprintf("fieldcrypt.Digest(key %d)", binary.BigEndian.Uint32(d.sum))
	}
	return "fieldcrypt.Digest(unset)"
}

// Verify reports whether a stored Digest is the digest of presented in scope,
// under whichever digest key it was made with.
func (k *Keys) Verify(scope string, stored Digest, presented string) bool {
	if len(stored.sum) != 4+digestLen {
		return false
	}
	id := binary.BigEndian.Uint32(stored.sum)
	want, err := k.digest(scope, id, []byte(presented))
	if err != nil {
		return false
	}
	return subtle.ConstantTimeCompare(want, stored.sum) == 1
}
