// Package paramctx passes documents through a store interface whose
// MongoDB implementation maps them: a field a generic name calls
// sensitive only in its struct (an AuthorizationCode's Code) is read in
// that struct at the caller, and a device flow's UserCode is its one-time
// code.
package paramctx

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

type AuthorizationCode struct {
	ID        string    `json:"id"`
	Code      string    `json:"-"`
	ClientID  string    `json:"client_id"`
	ExpiresAt time.Time `json:"expires_at"`
}

type DeviceCode struct {
	ID         string `json:"id"`
	DeviceCode string `json:"-"`
	UserCode   string `json:"user_code"`
}

// Employee's UserCode is the code of a user in a directory.
type Employee struct {
	Name     string `bson:"name"`
	UserCode string `bson:"user_code"`
}

// ConfigData is a key and value pair: its Key names the entry.
type ConfigData struct {
	Key   string
	Value string
}

type Store interface {
	CreateAuthCode(ctx context.Context, code *AuthorizationCode) error
	CreateDeviceCode(ctx context.Context, dc *DeviceCode) error
	AddEmployee(ctx context.Context, e *Employee) error
	FindConfig(ctx context.Context, key string) (*ConfigData, error)
}

type authCodeDoc struct {
	ID        string    `bson:"_id"`
	Code      string    `bson:"code"`
	ClientID  string    `bson:"client_id"`
	ExpiresAt time.Time `bson:"expires_at"`
}

type deviceCodeDoc struct {
	ID         string `bson:"_id"`
	DeviceCode string `bson:"device_code"`
	UserCode   string `bson:"user_code"`
}

type configDoc struct {
	Key   string `bson:"key"`
	Value string `bson:"value"`
}

type MongoStore struct{ codes, devices, staff, configs *mongo.Collection }

func authCodeToDoc(c *AuthorizationCode) *authCodeDoc { // want authCodeToDoc:"fills Code"
	return &authCodeDoc{ID: c.ID, Code: c.Code, ClientID: c.ClientID, ExpiresAt: c.ExpiresAt}
}

func (s *MongoStore) CreateAuthCode(ctx context.Context, code *AuthorizationCode) error { // want CreateAuthCode:`writes param 1 field Code as "code" via CreateAuthCode -> InsertOne`
	doc := authCodeToDoc(code)
	_, err := s.codes.InsertOne(ctx, doc)
	return err
}

func (s *MongoStore) CreateDeviceCode(ctx context.Context, dc *DeviceCode) error { // want CreateDeviceCode:`writes param 1 field DeviceCode as "device_code" via CreateDeviceCode -> InsertOne, param 1 field UserCode as "user_code" via CreateDeviceCode -> InsertOne`
	doc := &deviceCodeDoc{ID: dc.ID, DeviceCode: dc.DeviceCode, UserCode: dc.UserCode}
	_, err := s.devices.InsertOne(ctx, doc)
	return err
}

func (s *MongoStore) AddEmployee(ctx context.Context, e *Employee) error { // want AddEmployee:"writes param 1 via AddEmployee -> InsertOne"
	_, err := s.staff.InsertOne(ctx, e)
	return err
}

func (s *MongoStore) FindConfig(ctx context.Context, key string) (*ConfigData, error) {
	var d configDoc
	if err := s.configs.FindOne(ctx, bson.M{"key": key}).Decode(&d); err != nil {
		return nil, err
	}
	return &ConfigData{Key: d.Key, Value: d.Value}, nil
}

// MemoryStore keeps everything in memory: not a MongoDB write.
type MemoryStore struct{ codes map[string]*AuthorizationCode }

func (m *MemoryStore) CreateAuthCode(_ context.Context, code *AuthorizationCode) error {
	m.codes[code.Code] = code
	return nil
}

func (m *MemoryStore) CreateDeviceCode(context.Context, *DeviceCode) error { return nil }

func (m *MemoryStore) AddEmployee(context.Context, *Employee) error { return nil }

func (m *MemoryStore) FindConfig(context.Context, string) (*ConfigData, error) { return nil, nil }

type Plugin struct{ store Store }

func token(n int) (string, error) { // want token:`returns a new secret`
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func (p *Plugin) Authorize(ctx context.Context, clientID string) (string, error) { // want Authorize:`returns a new secret`
	code, err := token(32)
	if err != nil {
		return "", err
	}
	ac := &AuthorizationCode{ID: "ac1", Code: code, ClientID: clientID, ExpiresAt: time.Now().Add(time.Minute)}
	if err := p.store.CreateAuthCode(ctx, ac); err != nil { // want `^\*paramctx.AuthorizationCode written by Store.CreateAuthCode -> CreateAuthCode -> InsertOne stores Code \(key "code"\) in plaintext; .*\(CL101\)$`
		return "", err
	}
	return code, nil
}

func (p *Plugin) Device(ctx context.Context) (string, string, error) { // want Device:`returns a new secret`
	dc, err := token(32)
	if err != nil {
		return "", "", err
	}
	uc, err := token(4)
	if err != nil {
		return "", "", err
	}
	d := &DeviceCode{ID: "d1", DeviceCode: dc, UserCode: uc}
	if err := p.store.CreateDeviceCode(ctx, d); err != nil { // want `^\*paramctx.DeviceCode written by Store.CreateDeviceCode -> CreateDeviceCode -> InsertOne stores DeviceCode \(key "device_code"\), UserCode \(key "user_code"\) in plaintext; .*\(CL101\)$`
		return "", "", err
	}
	return dc, uc, nil
}

// Hire stores an employee's directory code: not a device flow's.
func (p *Plugin) Hire(ctx context.Context, name string) error {
	code, err := token(4)
	if err != nil {
		return err
	}
	return p.store.AddEmployee(ctx, &Employee{Name: name, UserCode: code})
}

// SetConfig looks a configuration entry up by its name.
func (p *Plugin) SetConfig(ctx context.Context, in ConfigData) (*ConfigData, error) {
	c, err := p.store.FindConfig(ctx, in.Key)
	if err != nil {
		return nil, err
	}
	c.Value = in.Value
	return c, nil
}
