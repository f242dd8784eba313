package fieldcrypt

import (
	"context"
	"errors"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/x/bsonx/bsoncore"
)

// Options tells Reencrypt what to rewrite.
type Options struct {
	// Plaintext lists field paths (dotted, array indexes left out, as the
	// codec binds them) whose legacy plaintext is to be encrypted: a BSON
	// string becomes a String, a generic binary becomes Bytes. Empty for a
	// plain key rotation.
	Plaintext []string

	// Digest lists field paths whose legacy plaintext strings are to be
	// replaced by their fieldcrypt.Digest (under the primary digest key):
	// tokens and API keys that the application only verifies. The plaintext
	// is gone afterwards; that is the point.
	Digest []string

	// StartAfter resumes a run: only documents whose _id sorts after it are
	// visited. Pass the LastID of an interrupted run's Report (or of the last
	// Progress call). Zero (an empty RawValue) starts from the beginning.
	StartAfter bson.RawValue

	// Progress, if set, is called after each visited document with the
	// report so far; store Report.LastID to resume later. An error returned
	// stops the run (with that error) after the document is done.
	Progress func(Report) error

	// BatchSize of the cursor; 0 leaves the driver's default.
	BatchSize int32
}

// Report counts what Reencrypt did.
type Report struct {
	Scanned   int           // documents visited
	Rewritten int           // documents updated
	Values    int           // values encrypted anew
	Skipped   int           // documents changed by someone else meanwhile (left as they were)
	LastID    bson.RawValue // _id of the last visited document
}

// Reencrypt walks coll in _id order and rewrites, under the primary key,
// every fieldcrypt String or Bytes stored under another key of the keyset,
// every legacy plaintext at the paths in opts.Plaintext, and replaces the
// legacy plaintext at the paths in opts.Digest by its digest. Digests already
// stored are never rewritten: they are one-way, see AnyDigestOf for a
// rotation of the digest keyset. scope must be the
// scope of the registry that wrote the values.
//
// Each document is updated alone with a filter on its _id and on the old value
// of every top-level field it changes, so a concurrent writer's change is never
// overwritten (the document is counted in Skipped and left as it is). A run can
// be interrupted at any point: every document is either rewritten whole or not
// at all, values already under the primary key are left alone, so running
// again (from the start, or from StartAfter) finishes the work.
//
// A ciphertext that does not authenticate stops the run with an error wrapping
// ErrDecrypt; nothing is written for that document.
func (k *Keys) Reencrypt(ctx context.Context, coll *mongo.Collection, scope string, opts Options) (Report, error) {
	var rep Report
	plain := make(map[string]byte, len(opts.Plaintext)+len(opts.Digest))
	for _, p := range opts.Plaintext {
		plain[p] = headerString // or headerBytes for a binary: decided by the stored type
	}
	for _, p := range opts.Digest {
		plain[p] = headerDigest
	}
	filter := bson.D{}
	if opts.StartAfter.Type != 0 {
		filter = bson.D{{Key: "_id", Value: bson.D{{Key: "$gt", Value: opts.StartAfter}}}}
	}
	fo := options.Find().SetSort(bson.D{{Key: "_id", Value: 1}})
	if opts.BatchSize > 0 {
		fo.SetBatchSize(opts.BatchSize)
	}
	cur, err := coll.Find(ctx, filter, fo)
	if err != nil {
		return rep, fmt.Errorf("fieldcrypt: reencrypt %s: %w", scope, err)
	}
	defer cur.Close(ctx)
	for cur.Next(ctx) {
		doc := cur.Current
		id, err := doc.LookupErr("_id")
		if err != nil {
			return rep, fmt.Errorf("fieldcrypt: reencrypt %s: document without _id", scope)
		}
		rep.Scanned++
		set := bson.D{}
		match := bson.D{{Key: "_id", Value: id}}
		elems, err := doc.Elements()
		if err != nil {
			return rep, err
		}
		for _, e := range elems {
			key := e.Key()
			if key == "_id" {
				continue
			}
			nv, n, err := k.rewriteValue(scope, key, e.Value(), plain)
			if err != nil {
				return rep, fmt.Errorf("fieldcrypt: reencrypt %s, _id %v: %w", scope, id, err)
			}
			if n == 0 {
				continue
			}
			rep.Values += n
			set = append(set, bson.E{Key: key, Value: nv})
			match = append(match, bson.E{Key: key, Value: e.Value()})
		}
		if len(set) > 0 {
			res, err := coll.UpdateOne(ctx, match, bson.D{{Key: "$set", Value: set}})
			if err != nil {
				return rep, fmt.Errorf("fieldcrypt: reencrypt %s, _id %v: %w", scope, id, err)
			}
			if res.MatchedCount == 0 {
				rep.Skipped++
			} else {
				rep.Rewritten++
			}
		}
		rep.LastID = id
		if opts.Progress != nil {
			if err := opts.Progress(rep); err != nil {
				return rep, err
			}
		}
	}
	if err := cur.Err(); err != nil {
		return rep, fmt.Errorf("fieldcrypt: reencrypt %s: %w", scope, err)
	}
	return rep, nil
}

// ErrStop may be returned by a Progress function to stop a run on purpose.
var ErrStop = errors.New("fieldcrypt: reencrypt stopped")

// rewriteValue returns v rewritten (values under a non-primary key
// re-encrypted, plaintext at a listed path encrypted) and how many values
// changed; with 0 the returned value is v.
func (k *Keys) rewriteValue(scope, path string, v bson.RawValue, plain map[string]byte) (bson.RawValue, int, error) {
	switch v.Type {
	case bson.TypeBinary:
		subtype, data := v.Binary()
		if subtype == Subtype && len(data) > 0 && (data[0] == headerString || data[0] == headerBytes) {
			if id, ok := keyID(data); ok && id == k.aeadID {
				return v, 0, nil // already under the primary key
			}
			pt, err := k.open(scope, path, data[0], data)
			if err != nil {
				return v, 0, err
			}
			return k.sealRaw(scope, path, data[0], pt)
		}
		if subtype == bson.TypeBinaryGeneric && plain[path] == headerString {
			return k.sealRaw(scope, path, headerBytes, data)
		}
	case bson.TypeString:
		switch plain[path] {
		case headerString:
			return k.sealRaw(scope, path, headerString, []byte(v.StringValue()))
		case headerDigest:
			sum, err := k.digest(scope, k.prfs.PrimaryID, []byte(v.StringValue()))
			if err != nil {
				return v, 0, err
			}
			data := append([]byte{headerDigest}, sum...)
			return bson.RawValue{Type: bson.TypeBinary, Value: bsoncore.AppendBinary(nil, Subtype, data)}, 1, nil
		}
	case bson.TypeEmbeddedDocument, bson.TypeArray:
		return k.rewriteContainer(scope, path, v, plain)
	}
	return v, 0, nil
}

// sealRaw encrypts pt as a stored value.
func (k *Keys) sealRaw(scope, path string, header byte, pt []byte) (bson.RawValue, int, error) {
	data, err := k.seal(scope, path, header, pt)
	if err != nil {
		return bson.RawValue{}, 0, err
	}
	return bson.RawValue{Type: bson.TypeBinary, Value: bsoncore.AppendBinary(nil, Subtype, data)}, 1, nil
}

// rewriteContainer rewrites the values of a document or an array.
func (k *Keys) rewriteContainer(scope, path string, v bson.RawValue, plain map[string]byte) (bson.RawValue, int, error) {
	isArray := v.Type == bson.TypeArray
	doc := bsoncore.Document(v.Value)
	elems, err := doc.Elements()
	if err != nil {
		return v, 0, err
	}
	idx, out := bsoncore.ReserveLength(nil)
	total := 0
	for _, e := range elems {
		child := path
		if !isArray {
			child = join(path, e.Key())
		}
		ev := e.Value()
		nv, n, err := k.rewriteValue(scope, child, bson.RawValue{Type: bson.Type(ev.Type), Value: ev.Data}, plain)
		if err != nil {
			return v, 0, err
		}
		total += n
		out = bsoncore.AppendValueElement(out, e.Key(), bsoncore.Value{Type: bsoncore.Type(nv.Type), Data: nv.Value})
	}
	if total == 0 {
		return v, 0, nil
	}
	out, err = bsoncore.AppendDocumentEnd(out, idx)
	if err != nil {
		return v, 0, err
	}
	return bson.RawValue{Type: v.Type, Value: out}, total, nil
}
