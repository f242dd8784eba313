// Package normcopy: a member normalised into a copy (n := *m; trimmed
// fields; return &n), and a helper that returns such a copy, hold what
// the caller passed; a copy whose secret is replaced does not.
package normcopy

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type OrgMember struct {
	ID         string `json:"id" bson:"_id"`
	Email      string `json:"email" bson:"email"`
	NationalID string `json:"nationalId" bson:"nationalId"`
	Password   string `json:"password" bson:"password"`
}

func (m *OrgMember) Normalized() *OrgMember { // want Normalized:`returns the receiver`
	n := *m
	n.NationalID = strings.TrimSpace(n.NationalID)
	return &n
}

func prepare(m *OrgMember) (*OrgMember, []error) { // want prepare:`returns param 0 without Password`
	member := *m.Normalized()
	if member.ID == "" {
		member.ID = "x"
	}
	if member.Password != "" {
		member.Password = digest(member.Password) // its own value: not the caller's
	}
	return &member, nil
}

func dynamicUpdate(item any) (bson.M, error) { // want dynamicUpdate:`builds a document from param 0`
	val := reflect.ValueOf(item)
	update := bson.M{}
	for i := 0; i < val.NumField(); i++ {
		update[val.Type().Field(i).Tag.Get("bson")] = val.Field(i).Interface()
	}
	return bson.M{"$set": update}, nil
}

type Store struct{ c *mongo.Collection }

func (s *Store) SetOrgMember(m *OrgMember) error { // want SetOrgMember:`writes param 0 via SetOrgMember -> UpdateOne replacing Password`
	member, errs := prepare(m)
	if len(errs) > 0 {
		return nil
	}
	doc, err := dynamicUpdate(member)
	if err != nil {
		return err
	}
	_, err = s.c.UpdateOne(context.Background(), bson.M{"_id": member.ID}, doc)
	return err
}

func Handle(s *Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var m OrgMember
		_ = json.NewDecoder(r.Body).Decode(&m)
		_ = s.SetOrgMember(&m) // want `\*normcopy\.OrgMember written by SetOrgMember -> UpdateOne stores NationalID \(key "nationalId"\) in plaintext`
		_ = s.SetHashed(&m)
		_ = s.SetSealed(&m) // want `\*normcopy\.OrgMember written by SetSealed -> UpdateOne stores Password \(key "password"\) in plaintext`
	}
}

func digest(s string) string { // want digest:`hashed result`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// sealedCopy replaces the national ID in its copy: not the caller's value.
func sealedCopy(m *OrgMember) *OrgMember { // want sealedCopy:`returns param 0 without NationalID`
	n := *m
	n.NationalID = digest(n.NationalID)
	return &n
}

// SetHashed hashes the copy's national ID before the write.
func (s *Store) SetHashed(m *OrgMember) error {
	member, _ := prepare(m)
	member.NationalID = digest(member.NationalID)
	doc, _ := dynamicUpdate(member)
	_, err := s.c.UpdateOne(context.Background(), bson.M{"_id": member.ID}, doc)
	return err
}

// SetSealed writes the copy sealedCopy made.
func (s *Store) SetSealed(m *OrgMember) error { // want SetSealed:`writes param 0 via SetSealed -> UpdateOne replacing NationalID`
	member := sealedCopy(m)
	doc, _ := dynamicUpdate(member)
	_, err := s.c.UpdateOne(context.Background(), bson.M{"_id": member.ID}, doc)
	return err
}
