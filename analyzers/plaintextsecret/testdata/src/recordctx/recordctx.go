// Package recordctx: a bare "code" key is read with the records its
// repository keeps; an identity number with the document type beside it;
// a pointer helper and a function literal called in place pass on what
// their argument holds.
package recordctx

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

func presented() string { return "c" }

type AuthCodeRepository struct{ coll *mongo.Collection }

// MarkUsed matches the raw authorization code.
func (r *AuthCodeRepository) MarkUsed(ctx context.Context) error {
	_, err := r.coll.UpdateOne(ctx, bson.M{"code": presented()}, bson.M{"$set": bson.M{"used": true}}) // want `filter of UpdateOne matches key "code" against a raw value`
	return err
}

type resetPasswordMongoRepository struct{ coll *mongo.Collection }

// Find matches the raw reset code.
func (r *resetPasswordMongoRepository) Find(ctx context.Context) error {
	return r.coll.FindOne(ctx, bson.M{"code": presented()}).Err() // want `filter of FindOne matches key "code" against a raw value`
}

// FindHashed matches the hash of the presented code.
func (r *resetPasswordMongoRepository) FindHashed(ctx context.Context) error {
	sum := sha256.Sum256([]byte(presented()))
	return r.coll.FindOne(ctx, bson.M{"code": hex.EncodeToString(sum[:])}).Err()
}

// CountryRepository, MongoDB and ProductStore keep public codes, or say
// nothing about what they keep.
type CountryRepository struct{ coll *mongo.Collection }

func (r *CountryRepository) Find(ctx context.Context) error {
	return r.coll.FindOne(ctx, bson.M{"code": presented()}).Err()
}

type MongoDB struct{ coll *mongo.Collection }

func (m *MongoDB) FindInvite(ctx context.Context) error {
	return m.coll.FindOne(ctx, bson.M{"code": presented()}).Err()
}

type ProductStore struct{ coll *mongo.Collection }

func (s *ProductStore) Find(ctx context.Context) error {
	return s.coll.FindOne(ctx, bson.M{"code": presented()}).Err()
}

// A Client's "key" names a document, not a client key: only "code" is
// read with the receiver.
type Client struct{ coll *mongo.Collection }

func (c *Client) FindDoc(ctx context.Context) error {
	return c.coll.FindOne(ctx, bson.M{"key": presented()}).Err()
}

// Employee's IDNumber is an identity document's number: IDType says so.
// Order's IDNumber numbers the order.
type Employee struct {
	Name     string `bson:"name"`
	IDType   string `bson:"idType"`
	IDNumber string `bson:"idNumber"`
}

type Order struct {
	IDNumber string `bson:"idNumber"`
	Total    int    `bson:"total"`
}

func addEmployee(ctx context.Context, c *mongo.Collection) error {
	_, err := c.InsertOne(ctx, Employee{Name: "n", IDType: "passport", IDNumber: presented()}) // want `stores IDNumber \(key "idNumber"\) in plaintext; encrypt personal and payment data`
	return err
}

func addOrder(ctx context.Context, c *mongo.Collection) error {
	_, err := c.InsertOne(ctx, Order{IDNumber: presented(), Total: 1})
	return err
}

// ptr is a pointer helper: its result holds what its argument holds.
func ptr(s string) *string { return &s } // want ptr:`returns param 0`

type hasher interface {
	HashString(s string) ([]byte, error)
}

var hashes hasher

func kyc(ctx context.Context, c *mongo.Collection, bvn string, store bool) error { // want kyc:`passes a parameter to a pending call`
	h, err := hashes.HashString(bvn)
	if err != nil {
		return err
	}
	_, err = c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{
		"bvn": func() *string {
			if store {
				return ptr(string(h))
			}
			return nil
		}(),
	}})
	return err
}

func kycPlain(ctx context.Context, c *mongo.Collection, bvn string) error {
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"bvn": ptr(bvn)}}) // want `document written by UpdateOne stores key "bvn" in plaintext`
	return err
}

func kycLiteral(ctx context.Context, c *mongo.Collection, bvn string) error {
	_, err := c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"bvn": func() *string { return ptr(bvn) }()}}) // want `document written by UpdateOne stores key "bvn" in plaintext`
	return err
}

var _, _, _, _, _ = addEmployee, addOrder, kyc, kycPlain, kycLiteral

// Provider's secret is required by validate, which returns an error when
// it is empty: after a call that succeeded, the provider holds one, so
// the write stores a value whatever the callers pass.
type Provider struct {
	Name      string `bson:"name"`
	SecretKey string `bson:"secret_key"`
	Token     string `bson:"token"`
}

type S3Service struct{ coll *mongo.Collection }

func (s *S3Service) validate(p *Provider) error { // want validate:`requires param 0 field SecretKey`
	if p.Name == "" || p.SecretKey == "" {
		return errors.New("name and secret key are required")
	}
	return nil
}

func (s *S3Service) CreateProvider(ctx context.Context, p *Provider) error { // want CreateProvider:`writes param 1 via CreateProvider -> InsertOne`
	if err := s.validate(p); err != nil {
		return err
	}
	_, err := s.coll.InsertOne(ctx, p) // want `\*recordctx\.Provider written by InsertOne stores SecretKey \(key "secret_key"\) in plaintext`
	return err
}

func (s *S3Service) UpdateProvider(ctx context.Context, p *Provider) error { // want UpdateProvider:`writes param 1 via UpdateProvider -> ReplaceOne`
	err := s.validate(p)
	if err != nil {
		return err
	}
	_, err = s.coll.ReplaceOne(ctx, bson.M{"name": p.Name}, p) // want `\*recordctx\.Provider written by ReplaceOne stores SecretKey \(key "secret_key"\) in plaintext`
	return err
}

// ImportProvider validates nothing and ignores the error of a check that
// does not require the secret: nothing says a value is there.
func (s *S3Service) ImportProvider(ctx context.Context, p *Provider) error { // want ImportProvider:`writes param 1 via ImportProvider -> InsertOne`
	if err := checkName(p); err != nil {
		return err
	}
	_, err := s.coll.InsertOne(ctx, p)
	return err
}

func checkName(p *Provider) error {
	if p.Name == "" {
		return errors.New("name is required")
	}
	return nil
}

// Driver looks itself up by its licence number: the filter's key says
// nothing, the value is the Driver's LicenseNumber, a driving licence
// number in its owner's context. A Vehicle's LicenseNumber is a plate.
type Driver struct {
	Name          string `bson:"name"`
	LicenseNumber string `bson:"licenseNumber"`
}

func (d *Driver) Exists(ctx context.Context, c *mongo.Collection) bool {
	n, _ := c.CountDocuments(ctx, bson.D{{Key: "licenseNumber", Value: d.LicenseNumber}}) // want `filter of CountDocuments matches key "licenseNumber" against a raw value`
	return n > 0
}

type Vehicle struct {
	LicenseNumber string `bson:"licenseNumber"`
}

func (v *Vehicle) Exists(ctx context.Context, c *mongo.Collection) bool {
	n, _ := c.CountDocuments(ctx, bson.D{{Key: "licenseNumber", Value: v.LicenseNumber}})
	return n > 0
}

// Find looks the driver up by the licence number it was given and then
// decodes the stored driver into itself: the filter holds the caller's
// value, not the stored one, since the decode comes after it.
func (d *Driver) Find(ctx context.Context, c *mongo.Collection) error {
	return c.FindOne(ctx, bson.D{{Key: "licenseNumber", Value: d.LicenseNumber}}).Decode(d) // want `filter of FindOne matches key "licenseNumber" against a raw value`
}

// Session is found by the token the client presents, then filled from
// the database.
type Session struct {
	Token  string `bson:"session_token"`
	UserID string `bson:"user_id"`
}

func loadSession(ctx context.Context, c *mongo.Collection, s *Session) error { // want loadSession:`writes param 2 field Token as "session_token" via loadSession -> FindOne` loadSession:`decodes stored documents into param 2`
	return c.FindOne(ctx, bson.M{"session_token": s.Token}).Decode(s)
}

func resume(ctx context.Context, c *mongo.Collection) error {
	return loadSession(ctx, c, &Session{Token: presented()}) // want `filter of loadSession -> FindOne matches Token \(key "session_token"\) against a raw value`
}

// reload decodes first, then filters by what it read: the stored form.
func reload(ctx context.Context, c *mongo.Collection, s *Session) error { // want reload:`decodes stored documents into param 2`
	if err := c.FindOne(ctx, bson.M{"user_id": s.UserID}).Decode(s); err != nil {
		return err
	}
	return c.FindOne(ctx, bson.M{"session_token": s.Token}).Err()
}

var _ = resume
var _ = reload
