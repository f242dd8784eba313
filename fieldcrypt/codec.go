package fieldcrypt

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// Stored formats. Every fieldcrypt value is a BSON binary of the user-defined
// subtype 0x80 (not subtype 6, which the driver's automatic encryption would
// try to decrypt with libmongocrypt). The first byte says what follows:
//
//	0x01 String, 0x02 Bytes: Tink AEAD ciphertext (5-byte key prefix, nonce, ciphertext, tag)
//	0x03 Digest: 4-byte digest key ID, 32-byte PRF output
//
// The associated data of a ciphertext is "fieldcrypt/v1", the scope, the field
// path and the header byte, so a ciphertext copied to another field, another
// scope, or read as the other type does not decrypt.
const (
	Subtype      byte = 0x80
	headerString byte = 0x01
	headerBytes  byte = 0x02
	headerDigest byte = 0x03
	digestLen         = 32
)

var (
	tString = reflect.TypeOf(String(""))
	tBytes  = reflect.TypeOf(Bytes(nil))
	tDigest = reflect.TypeOf(Digest{})
)

// Registry returns a BSON registry for one scope (use the database and
// collection name, e.g. "app.users") that encrypts String and Bytes, digests
// Digest, and otherwise encodes like bson.NewRegistry(). Set it on the
// collection (options.Collection().SetRegistry) or on the client.
//
// Field paths: a String or Bytes is bound to the path of BSON keys from the
// outermost value being encoded or decoded (the document, the update, the
// filter) to the value, joined by ".", array indexes left out, and an
// operator at the top ($set, $push) left out too: Profile.Phones[2] with tags
// profile/phones gives "profile.phones", and so do
// {$set: {"profile.phones": v}} and {$set: {profile: {phones: [v]}}}. So
// the path is the one in the stored document, whatever the shape of the
// write. EncryptValue gives the stored form for writers that do not use
// this registry.
func (k *Keys) Registry(scope string) *bson.Registry {
	r := bson.NewRegistry()
	base := bson.NewRegistry()
	c := &codec{k: k, scope: scope}
	for _, kind := range []reflect.Kind{reflect.Struct, reflect.Map, reflect.Slice} {
		var sample reflect.Type
		switch kind {
		case reflect.Struct:
			sample = reflect.TypeOf(struct{}{})
		case reflect.Map:
			sample = reflect.TypeOf(map[string]any{})
		case reflect.Slice:
			sample = reflect.TypeOf([]any{})
		}
		enc, _ := base.LookupEncoder(sample)
		dec, _ := base.LookupDecoder(sample)
		r.RegisterKindEncoder(kind, rootedEncoder{enc})
		r.RegisterKindDecoder(kind, rootedDecoder{dec})
	}
	r.RegisterTypeEncoder(tString, bson.ValueEncoderFunc(c.encodeString))
	r.RegisterTypeDecoder(tString, bson.ValueDecoderFunc(c.decodeString))
	r.RegisterTypeEncoder(tBytes, bson.ValueEncoderFunc(c.encodeBytes))
	r.RegisterTypeDecoder(tBytes, bson.ValueDecoderFunc(c.decodeBytes))
	r.RegisterTypeEncoder(tDigest, bson.ValueEncoderFunc(c.encodeDigest))
	r.RegisterTypeDecoder(tDigest, bson.ValueDecoderFunc(c.decodeDigest))
	return r
}

// codec holds the keys and scope of one registry.
type codec struct {
	k     *Keys
	scope string
}

// rootedEncoder is one of the driver's struct, map and slice codecs, run
// through a writer that tracks the path of keys from the outermost value
// being encoded (the document, filter or update).
type rootedEncoder struct{ bson.ValueEncoder }

func (e rootedEncoder) EncodeValue(ec bson.EncodeContext, vw bson.ValueWriter, val reflect.Value) error {
	if _, ok := vw.(*pathWriter); !ok {
		vw = &pathWriter{ValueWriter: vw}
	}
	return e.ValueEncoder.EncodeValue(ec, vw, val)
}

// rootedDecoder is rootedEncoder for decoding.
type rootedDecoder struct{ bson.ValueDecoder }

func (d rootedDecoder) DecodeValue(dc bson.DecodeContext, vr bson.ValueReader, val reflect.Value) error {
	if _, ok := vr.(*pathReader); !ok {
		vr = &pathReader{ValueReader: vr}
	}
	return d.ValueDecoder.DecodeValue(dc, vr, val)
}

// associatedData binds a ciphertext to its scope, path and type.
func associatedData(scope, path string, header byte) []byte {
	ad := make([]byte, 0, 16+len(scope)+len(path))
	ad = append(ad, "fieldcrypt/v1\x00"...)
	ad = binary.BigEndian.AppendUint32(ad, uint32(len(scope)))
	ad = append(ad, scope...)
	ad = binary.BigEndian.AppendUint32(ad, uint32(len(path)))
	ad = append(ad, path...)
	return append(ad, header)
}

// seal encrypts plaintext for scope and path under the primary key.
func (k *Keys) seal(scope, path string, header byte, plaintext []byte) ([]byte, error) {
	ct, err := k.aead.Encrypt(plaintext, associatedData(scope, path, header))
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: encrypt %s: %w", path, err)
	}
	return append([]byte{header}, ct...), nil
}

// ErrDecrypt is wrapped by every error about a ciphertext that does not
// authenticate. A value is never returned in that case.
var ErrDecrypt = errors.New("ciphertext does not authenticate")

// open decrypts a stored value (header byte included) found at path.
func (k *Keys) open(scope, path string, header byte, stored []byte) ([]byte, error) {
	if len(stored) == 0 || stored[0] != header {
		return nil, fmt.Errorf("fieldcrypt: %s/%s: %w: not a fieldcrypt %s", scope, path, ErrDecrypt, headerName(header))
	}
	pt, err := k.aead.Decrypt(stored[1:], associatedData(scope, path, header))
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: %s/%s: %w under any key of the keyset "+
			"(tampered, moved from another field or scope, or its key was removed)", scope, path, ErrDecrypt)
	}
	return pt, nil
}

// headerName names the type of a header byte.
func headerName(h byte) string {
	switch h {
	case headerString:
		return "String"
	case headerBytes:
		return "Bytes"
	case headerDigest:
		return "Digest"
	}
	return fmt.Sprintf("value (header %#x)", h)
}

// keyID returns the Tink key ID of a stored ciphertext (header included).
func keyID(stored []byte) (uint32, bool) {
	// Tink's prefix: one version byte (0x01 for TINK keys), then the 4-byte ID.
	if len(stored) < 6 || stored[1] != 0x01 {
		return 0, false
	}
	return binary.BigEndian.Uint32(stored[2:6]), true
}

// EncryptValue returns the stored form of a String or Bytes value (its Go
// type decides) for scope and path, for update documents built by hand:
//
//	v, err := keys.EncryptValue("app.users", "ssn", fieldcrypt.String(ssn))
//	coll.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"ssn": v}})
func (k *Keys) EncryptValue(scope, path string, v any) (bson.Binary, error) {
	var data []byte
	var err error
	switch v := v.(type) {
	case String:
		data, err = k.seal(scope, path, headerString, []byte(v))
	case Bytes:
		data, err = k.seal(scope, path, headerBytes, v)
	default:
		return bson.Binary{}, fmt.Errorf("fieldcrypt: EncryptValue: %T is not a fieldcrypt.String or Bytes", v)
	}
	if err != nil {
		return bson.Binary{}, err
	}
	return bson.Binary{Subtype: Subtype, Data: data}, nil
}

// pathOf returns the path a value writer or reader stands at.
func pathOf(x any) (string, bool) {
	switch p := x.(type) {
	case *pathWriter:
		return p.path, true
	case *pathReader:
		return p.path, true
	}
	return "", false
}

// errNoPath is returned for a value encoded on its own, outside any
// document (bson.MarshalValue), which has no field path.
func errNoPath(t reflect.Type) error {
	return fmt.Errorf("fieldcrypt: %v encoded outside a document has no field path to bind it to; "+
		"put it in a document, or use keys.EncryptValue(scope, path, v)", t)
}

func (c *codec) encodeString(_ bson.EncodeContext, vw bson.ValueWriter, val reflect.Value) error {
	path, ok := pathOf(vw)
	if !ok {
		return errNoPath(tString)
	}
	data, err := c.k.seal(c.scope, path, headerString, []byte(val.String()))
	if err != nil {
		return err
	}
	return vw.WriteBinaryWithSubtype(data, Subtype)
}

func (c *codec) encodeBytes(_ bson.EncodeContext, vw bson.ValueWriter, val reflect.Value) error {
	path, ok := pathOf(vw)
	if !ok {
		return errNoPath(tBytes)
	}
	if val.IsNil() {
		return vw.WriteNull()
	}
	data, err := c.k.seal(c.scope, path, headerBytes, val.Bytes())
	if err != nil {
		return err
	}
	return vw.WriteBinaryWithSubtype(data, Subtype)
}

// readStored reads a fieldcrypt value, or legacy plaintext in migration mode.
// It returns the plaintext, or nil and null=true for a BSON null.
func (c *codec) readStored(vr bson.ValueReader, header byte) (pt []byte, null bool, err error) {
	path, ok := pathOf(vr)
	if !ok {
		return nil, false, fmt.Errorf("fieldcrypt: a %s is decoded outside a document; its field path is unknown", headerName(header))
	}
	switch vr.Type() {
	case bson.TypeNull:
		return nil, true, vr.ReadNull()
	case bson.TypeBinary:
		data, subtype, err := vr.ReadBinary()
		if err != nil {
			return nil, false, err
		}
		if subtype == Subtype {
			pt, err := c.k.open(c.scope, path, header, data)
			return pt, false, err
		}
		if c.k.migration && header == headerBytes && subtype == bson.TypeBinaryGeneric {
			return data, false, nil // legacy plaintext, migration mode
		}
		return nil, false, fmt.Errorf("fieldcrypt: %s/%s: binary subtype %#x is not fieldcrypt ciphertext", c.scope, path, subtype)
	case bson.TypeString:
		s, err := vr.ReadString()
		if err != nil {
			return nil, false, err
		}
		if c.k.migration && header == headerString {
			return []byte(s), false, nil // legacy plaintext, migration mode
		}
		return nil, false, fmt.Errorf("fieldcrypt: %s/%s: plaintext string where a fieldcrypt.%s is expected "+
			"(turn on fieldcrypt.Migration() while migrating)", c.scope, path, headerName(header))
	}
	return nil, false, fmt.Errorf("fieldcrypt: %s/%s: BSON %v where a fieldcrypt.%s is expected", c.scope, path, vr.Type(), headerName(header))
}

func (c *codec) decodeString(_ bson.DecodeContext, vr bson.ValueReader, val reflect.Value) error {
	pt, _, err := c.readStored(vr, headerString)
	if err != nil {
		return err
	}
	val.SetString(string(pt))
	return nil
}

func (c *codec) decodeBytes(_ bson.DecodeContext, vr bson.ValueReader, val reflect.Value) error {
	pt, null, err := c.readStored(vr, headerBytes)
	if err != nil {
		return err
	}
	if null {
		val.SetBytes(nil)
		return nil
	}
	if pt == nil {
		pt = []byte{}
	}
	val.SetBytes(pt)
	return nil
}

// digest computes the stored digest of value under key id in scope.
func (k *Keys) digest(scope string, id uint32, value []byte) ([]byte, error) {
	p, ok := k.prfs.PRFs[id]
	if !ok {
		return nil, fmt.Errorf("fieldcrypt: digest key %d is not in the keyset", id)
	}
	in := make([]byte, 0, 32+len(scope)+len(value))
	in = append(in, "fieldcrypt/digest/v1\x00"...)
	in = binary.BigEndian.AppendUint32(in, uint32(len(scope)))
	in = append(in, scope...)
	in = append(in, value...)
	out, err := p.ComputePRF(in, digestLen)
	if err != nil {
		return nil, fmt.Errorf("fieldcrypt: digest: %w", err)
	}
	return append(binary.BigEndian.AppendUint32(make([]byte, 0, 4+digestLen), id), out...), nil
}

func (c *codec) encodeDigest(_ bson.EncodeContext, vw bson.ValueWriter, val reflect.Value) error {
	d := val.Interface().(Digest)
	switch {
	case d.anyKey:
		dw, err := vw.WriteDocument()
		if err != nil {
			return err
		}
		ew, err := dw.WriteDocumentElement("$in")
		if err != nil {
			return err
		}
		aw, err := ew.WriteArray()
		if err != nil {
			return err
		}
		for id := range c.k.prfs.PRFs {
			sum, err := c.k.digest(c.scope, id, d.plain)
			if err != nil {
				return err
			}
			w, err := aw.WriteArrayElement()
			if err != nil {
				return err
			}
			if err := w.WriteBinaryWithSubtype(append([]byte{headerDigest}, sum...), Subtype); err != nil {
				return err
			}
		}
		if err := aw.WriteArrayEnd(); err != nil {
			return err
		}
		return dw.WriteDocumentEnd()
	case d.hasPlain:
		sum, err := c.k.digest(c.scope, c.k.prfs.PrimaryID, d.plain)
		if err != nil {
			return err
		}
		return vw.WriteBinaryWithSubtype(append([]byte{headerDigest}, sum...), Subtype)
	case d.sum != nil:
		return vw.WriteBinaryWithSubtype(append([]byte{headerDigest}, d.sum...), Subtype)
	}
	return vw.WriteNull()
}

func (c *codec) decodeDigest(_ bson.DecodeContext, vr bson.ValueReader, val reflect.Value) error {
	switch vr.Type() {
	case bson.TypeNull:
		val.Set(reflect.ValueOf(Digest{}))
		return vr.ReadNull()
	case bson.TypeBinary:
		data, subtype, err := vr.ReadBinary()
		if err != nil {
			return err
		}
		if subtype != Subtype || len(data) != 1+4+digestLen || data[0] != headerDigest {
			return fmt.Errorf("fieldcrypt: %s: stored value is not a fieldcrypt.Digest", c.scope)
		}
		val.Set(reflect.ValueOf(Digest{sum: append([]byte(nil), data[1:]...)}))
		return nil
	}
	return fmt.Errorf("fieldcrypt: %s: BSON %v where a fieldcrypt.Digest is expected (a digest cannot be migrated from plaintext by reading; "+
		"see Reencrypt's Options.Digest)", c.scope, vr.Type())
}

// pathWriter is a value writer that knows the path of keys it stands at.
type pathWriter struct {
	bson.ValueWriter
	path string
}

func (w *pathWriter) WriteDocument() (bson.DocumentWriter, error) {
	dw, err := w.ValueWriter.WriteDocument()
	if err != nil {
		return nil, err
	}
	return &pathDocWriter{DocumentWriter: dw, path: w.path}, nil
}

func (w *pathWriter) WriteArray() (bson.ArrayWriter, error) {
	aw, err := w.ValueWriter.WriteArray()
	if err != nil {
		return nil, err
	}
	return &pathArrayWriter{ArrayWriter: aw, path: w.path}, nil
}

type pathDocWriter struct {
	bson.DocumentWriter
	path string
}

func (w *pathDocWriter) WriteDocumentElement(key string) (bson.ValueWriter, error) {
	vw, err := w.DocumentWriter.WriteDocumentElement(key)
	if err != nil {
		return nil, err
	}
	return &pathWriter{ValueWriter: vw, path: join(w.path, key)}, nil
}

type pathArrayWriter struct {
	bson.ArrayWriter
	path string
}

func (w *pathArrayWriter) WriteArrayElement() (bson.ValueWriter, error) {
	vw, err := w.ArrayWriter.WriteArrayElement()
	if err != nil {
		return nil, err
	}
	return &pathWriter{ValueWriter: vw, path: w.path}, nil
}

// pathReader is a value reader that knows the path of keys it stands at.
type pathReader struct {
	bson.ValueReader
	path string
}

func (r *pathReader) ReadDocument() (bson.DocumentReader, error) {
	dr, err := r.ValueReader.ReadDocument()
	if err != nil {
		return nil, err
	}
	return &pathDocReader{DocumentReader: dr, path: r.path}, nil
}

func (r *pathReader) ReadArray() (bson.ArrayReader, error) {
	ar, err := r.ValueReader.ReadArray()
	if err != nil {
		return nil, err
	}
	return &pathArrayReader{ArrayReader: ar, path: r.path}, nil
}

type pathDocReader struct {
	bson.DocumentReader
	path string
}

func (r *pathDocReader) ReadElement() (string, bson.ValueReader, error) {
	key, vr, err := r.DocumentReader.ReadElement()
	if err != nil {
		return key, vr, err
	}
	return key, &pathReader{ValueReader: vr, path: join(r.path, key)}, nil
}

type pathArrayReader struct {
	bson.ArrayReader
	path string
}

func (r *pathArrayReader) ReadValue() (bson.ValueReader, error) {
	vr, err := r.ArrayReader.ReadValue()
	if err != nil {
		return nil, err
	}
	return &pathReader{ValueReader: vr, path: r.path}, nil
}

// join appends a key to a dotted path, as the stored document has it: an
// operator at the top of an update or filter ($set, $push, $or) is left out,
// and so are the positional and index segments of a dotted key
// ("emails.$", "emails.$[]", "emails.2"), since array elements share their
// array's path. So {$set: {"profile.phone": v}}, {$set: {profile: {phone: v}}}
// and a struct field Profile.Phone all bind v to "profile.phone".
func join(path, key string) string {
	if path == "" && strings.HasPrefix(key, "$") {
		return ""
	}
	if strings.Contains(key, ".") {
		segs := strings.Split(key, ".")
		kept := segs[:0]
		for i, seg := range segs {
			if i > 0 && (strings.HasPrefix(seg, "$") || isIndex(seg)) {
				continue
			}
			kept = append(kept, seg)
		}
		key = strings.Join(kept, ".")
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// isIndex reports whether a path segment is an array index.
func isIndex(seg string) bool {
	if seg == "" {
		return false
	}
	for _, r := range seg {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
