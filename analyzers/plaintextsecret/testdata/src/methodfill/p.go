// Package methodfill: secrets set on a document by its own methods
// (generators, a Validate that clears or fills), on documents read back
// from the database, before the write.
package methodfill

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"time"

	"go.mongodb.org/mongo-driver/v2/mongo"
)

func RandStr(n int) (string, error) { // want RandStr:`returns a new secret`
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

type Authority struct {
	Name       string   `bson:"name"`
	HsmToken   string   `bson:"hsm_token"`
	HsmSecret  string   `bson:"hsm_secret"`
	HostTokens []string `bson:"host_tokens"`
}

func (a *Authority) GenerateHsmToken() (err error) { // want GenerateHsmToken:`fills receiver HsmSecret`
	a.HsmToken, err = RandStr(32)
	if err != nil {
		return
	}
	a.HsmSecret, err = RandStr(64)
	return
}

func (a *Authority) TokenNew() (err error) { // want TokenNew:`fills receiver HostTokens`
	if a.HostTokens == nil {
		a.HostTokens = []string{}
	}
	token, err := RandStr(48)
	if err != nil {
		return
	}
	a.HostTokens = append(a.HostTokens, token)
	return
}

func Put(ctx context.Context, c *mongo.Collection, a *Authority, gen bool) { // want Put:`writes param 2 via Put -> InsertOne`
	if gen {
		a.GenerateHsmToken()
		a.TokenNew()
	}
	c.InsertOne(ctx, a) // want `\*methodfill\.Authority written by InsertOne stores HsmSecret \(key "hsm_secret"\), HostTokens \(key "host_tokens"\) in plaintext`
}

func Post(ctx context.Context, c *mongo.Collection, name string) {
	a := &Authority{Name: name}
	a.GenerateHsmToken()
	a.TokenNew()
	c.InsertOne(ctx, a) // want `\*methodfill\.Authority written by InsertOne stores HsmSecret \(key "hsm_secret"\), HostTokens \(key "host_tokens"\) in plaintext`
}

func Get(ctx context.Context, c *mongo.Collection, name string) (*Authority, error) { // want Get:`returns a stored document`
	a := &Authority{}
	err := c.FindOne(ctx, map[string]string{"name": name}).Decode(a)
	return a, err
}

func Handle(ctx context.Context, c *mongo.Collection, name string, gen bool) error {
	a, err := Get(ctx, c, name)
	if err != nil {
		return err
	}
	a.Name = "x"
	if gen {
		if err := a.GenerateHsmToken(); err != nil {
			return err
		}
	}
	_, err = c.ReplaceOne(ctx, map[string]string{"name": name}, a) // want `\*methodfill\.Authority written by ReplaceOne stores HsmSecret \(key "hsm_secret"\) in plaintext`
	return err
}

// Validate clears the HSM fields of other types and makes the secret of
// an HSM authority that lacks one.
func (a *Authority) Validate(hsm bool) { // want Validate:`fills receiver HsmSecret`
	if !hsm {
		a.HsmToken = ""
		a.HsmSecret = ""
		return
	}
	if a.HsmToken == "" {
		a.GenerateHsmToken()
	}
}

func Handle2(ctx context.Context, c *mongo.Collection, name string, hsm bool) error {
	a, err := Get(ctx, c, name)
	if err != nil {
		return err
	}
	if hsm {
		a.GenerateHsmToken()
	}
	a.Validate(hsm)
	_, err = c.ReplaceOne(ctx, map[string]string{"name": name}, a) // want `\*methodfill\.Authority written by ReplaceOne stores HsmSecret \(key "hsm_secret"\) in plaintext`
	return err
}

// Rename changes the name of a stored authority: its secret is written
// back as it was read, not new plaintext.
func Rename(ctx context.Context, c *mongo.Collection, name, to string) error {
	a, err := Get(ctx, c, name)
	if err != nil {
		return err
	}
	a.Name = to
	_, err = c.ReplaceOne(ctx, map[string]string{"name": name}, a)
	return err
}

// Clear makes a non-HSM authority: Validate empties the secret. This
// finding is wrong, and pinned here as a known limit: the branch Validate
// takes for a constant argument is not evaluated, and Validate may also
// fill the secret, so the field may hold plaintext after the call.
func Clear(ctx context.Context, c *mongo.Collection, name string) error {
	a := &Authority{Name: name, HsmSecret: "s3cr3t-from-elsewhere"}
	a.Validate(false)
	_, err := c.InsertOne(ctx, a) // want `stores HsmSecret`
	return err
}

type ClientKey struct {
	PublicKey string `bson:"public_key"`
	Secret    string `bson:"secret"`
}

type Endpoint struct {
	Name      string     `bson:"name"`
	ClientKey *ClientKey `bson:"client_key"`
}

// GenerateKey sets a sub-document holding a new secret.
func (e *Endpoint) GenerateKey() error { // want GenerateKey:`fills receiver ClientKey.Secret`
	s, err := RandStr(64)
	if err != nil {
		return err
	}
	e.ClientKey = &ClientKey{Secret: s}
	return nil
}

// Validate makes the key of an endpoint that has none.
func (e *Endpoint) Validate() { // want Validate:`fills missing receiver ClientKey.Secret`
	if e.ClientKey == nil {
		e.GenerateKey()
	}
}

func NewEndpoint(ctx context.Context, c *mongo.Collection, name string) error {
	e := &Endpoint{Name: name}
	e.Validate()
	_, err := c.InsertOne(ctx, e) // want `\*methodfill\.Endpoint written by InsertOne stores Secret \(key "client_key\.secret"\) in plaintext`
	return err
}

func getEndpoint(ctx context.Context, c *mongo.Collection, name string) (*Endpoint, error) { // want getEndpoint:`returns a stored document`
	e := &Endpoint{}
	return e, c.FindOne(ctx, map[string]string{"name": name}).Decode(e)
}

// ResetKey makes a new secret for a stored endpoint.
func ResetKey(ctx context.Context, c *mongo.Collection, name string) error {
	e, err := getEndpoint(ctx, c, name)
	if err != nil {
		return err
	}
	e.GenerateKey()
	_, err = c.ReplaceOne(ctx, map[string]string{"name": name}, e) // want `\*methodfill\.Endpoint written by ReplaceOne stores Secret \(key "client_key\.secret"\) in plaintext`
	return err
}

// RenameEndpoint writes back the stored key.
func RenameEndpoint(ctx context.Context, c *mongo.Collection, name, to string) error {
	e, err := getEndpoint(ctx, c, name)
	if err != nil {
		return err
	}
	e.Name = to
	_, err = c.ReplaceOne(ctx, map[string]string{"name": name}, e)
	return err
}

type Certificate struct {
	Name string `bson:"name"`
	Cert string `bson:"certificate"`
	Key  string `bson:"key"`
}

func issue() (cert, key string) {
	return "-----BEGIN CERTIFICATE-----", "-----BEGIN EC PRIVATE KEY-----"
}

// Renew sets a new key on the certificate it is given, then writes it: the
// key is judged here, where it is put into the document.
func Renew(ctx context.Context, c *mongo.Collection, cert *Certificate) error { // want Renew:`writes param 2 via Renew -> ReplaceOne`
	certPem, keyPem := issue()
	cert.Cert = certPem
	cert.Key = keyPem
	_, err := c.ReplaceOne(ctx, map[string]string{"name": cert.Name}, cert) // want `\*methodfill\.Certificate written by ReplaceOne stores Key \(key "key"\) in plaintext`
	return err
}

// Strip clears the key before an export copy is written.
func Strip(ctx context.Context, c *mongo.Collection, cert *Certificate) error { // want Strip:`writes param 2 via Strip -> InsertOne replacing Key`
	cert.Key = ""
	_, err := c.InsertOne(ctx, cert)
	return err
}

// Adopt puts the key it is given into the certificate: its callers' keys
// are judged at the callers.
func Adopt(ctx context.Context, c *mongo.Collection, cert *Certificate, key string) error { // want Adopt:`writes param 2 via Adopt -> InsertOne replacing Key, param 3 as "key" via Adopt -> InsertOne`
	cert.Key = key
	_, err := c.InsertOne(ctx, cert)
	return err
}

// TokenDelete removes a token: what remains was there before.
func (a *Authority) TokenDelete(token string) {
	if a.HostTokens == nil {
		a.HostTokens = []string{}
	}
	for i, t := range a.HostTokens {
		if t == token {
			a.HostTokens = append(a.HostTokens[:i], a.HostTokens[i+1:]...)
			break
		}
	}
}

// Reset empties the tokens unless host certificates are on: on the other
// path the tokens stay, so it protects nothing.
func (a *Authority) Reset(certs bool) {
	if a.HostTokens == nil || !certs {
		a.HostTokens = []string{}
	}
}

// DeleteToken writes back a stored authority after removing a token.
func DeleteToken(ctx context.Context, c *mongo.Collection, name, token string) error {
	a, err := Get(ctx, c, name)
	if err != nil {
		return err
	}
	a.TokenDelete(token)
	_, err = c.ReplaceOne(ctx, map[string]string{"name": name}, a)
	return err
}

// Create makes an authority without tokens: Reset sets an empty list.
func Create(ctx context.Context, c *mongo.Collection, name string) error {
	a := &Authority{Name: name}
	a.Reset(false)
	_, err := c.InsertOne(ctx, a)
	return err
}

type Hasher interface {
	Hash(ctx context.Context, data []byte) ([]byte, error)
}

type DB struct {
	Hasher Hasher
	c      *mongo.Collection
}

type OAuthClient struct {
	ID     string `bson:"id"`
	Secret string `bson:"secret"`
}

type ClientManager struct{ DB *DB }

// Create hashes the secret it is given, writes the client, and redacts the
// secret of the copy it returns: the redaction comes after the write.
func (m *ClientManager) Create(ctx context.Context, client OAuthClient) (result OAuthClient, err error) { // want Create:`writes param 1 via Create -> InsertOne`
	if client.ID == "" {
		client.ID = "x"
	}
	hash, err := m.DB.Hasher.Hash(ctx, []byte(client.Secret))
	if err != nil {
		return result, err
	}
	client.Secret = string(hash)
	_, err = m.DB.c.InsertOne(ctx, client)
	if err != nil {
		return result, err
	}
	// Remove the secret before returning.
	client.Secret = "REDACTED"
	return client, err
}

// Order of a clearing call and a fill: SetPassword clears DefaultPassword,
// then GenerateDefaultPassword puts the generated password there, so the
// clearing call does not protect it. ResetPassword clears it last.
type Account struct {
	Name            string `bson:"name"`
	Password        string `bson:"password"`
	DefaultPassword string `bson:"default_password"`
}

func (u *Account) SetPassword(p string) { // want SetPassword:`protects receiver DefaultPassword, Password`
	sum := sha256.Sum256([]byte(p))
	u.Password = hex.EncodeToString(sum[:])
	u.DefaultPassword = ""
}

func (u *Account) GenerateDefaultPassword() error { // want GenerateDefaultPassword:`fills receiver DefaultPassword`
	p, err := RandStr(12)
	if err != nil {
		return err
	}
	u.SetPassword(p)
	u.DefaultPassword = p
	return nil
}

func (u *Account) ResetPassword() error {
	p, err := RandStr(12)
	if err != nil {
		return err
	}
	u.DefaultPassword = p
	u.SetPassword(p)
	return nil
}

func CreateDefault(ctx context.Context, c *mongo.Collection) {
	u := Account{Name: "admin"}
	u.GenerateDefaultPassword()
	c.InsertOne(ctx, u) // want `methodfill\.Account written by InsertOne stores DefaultPassword \(key "default_password"\) in plaintext`
}

func CreateReset(ctx context.Context, c *mongo.Collection) {
	u := Account{Name: "admin"}
	u.ResetPassword()
	c.InsertOne(ctx, u)
}

// A Validate that clears Value for one type only does not protect it; one
// that hashes Token whenever it is set does.
type Credential struct {
	Type  string `bson:"type"`
	Key   string `bson:"key"`
	Value string `bson:"value"`
	Token string `bson:"token"`
}

func (c *Credential) Validate() error { // want Validate:`protects receiver Token`
	switch c.Type {
	case "cloudflare":
		c.Value = ""
	case "json":
		c.Key = ""
		c.Value = ""
	}
	for i := 0; i < 1; i++ {
		c.Key = ""
	}
	if c.Token != "" {
		sum := sha256.Sum256([]byte(c.Token))
		c.Token = hex.EncodeToString(sum[:])
	}
	return nil
}

func PutCredential(ctx context.Context, c *mongo.Collection, typ, value, token string) { // want PutCredential:`writes param 3 as "value" via PutCredential -> InsertOne`
	cr := &Credential{Type: typ, Value: value, Token: token}
	if err := cr.Validate(); err != nil {
		return
	}
	c.InsertOne(ctx, cr)
}

func CreateCredential(ctx context.Context, c *mongo.Collection, typ string) {
	value, _ := RandStr(20)
	token, _ := RandStr(20)
	PutCredential(ctx, c, typ, value, token)          // want `value written by PutCredential -> InsertOne stores key "value" in plaintext`
	PutCredential(ctx, c, typ, os.Getenv("V"), token) // want `value written by PutCredential -> InsertOne stores key "value" in plaintext`
}

// An API user read back: its secret is cleared when the type changes
// away from API, and generated again when asked; the generated secret is
// written.
type APIUser struct {
	Type   string `bson:"type"`
	Token  string `bson:"token"`
	Secret string `bson:"secret"`
}

func (u *APIUser) GenerateToken() (err error) { // want GenerateToken:`fills receiver Secret`
	if u.Token, err = RandStr(48); err != nil {
		return
	}
	u.Secret, err = RandStr(48)
	return
}

func GetAPIUser(ctx context.Context, c *mongo.Collection, id string) (*APIUser, error) { // want GetAPIUser:`returns a stored document`
	u := &APIUser{}
	err := c.FindOne(ctx, map[string]string{"_id": id}).Decode(u)
	return u, err
}

func PutAPIUser(ctx context.Context, c *mongo.Collection, id, typ string, regenerate bool) error {
	u, err := GetAPIUser(ctx, c, id)
	if err != nil {
		return err
	}
	if typ != "api" {
		u.Token = ""
		u.Secret = ""
	}
	u.Type = typ
	if typ == "api" && regenerate {
		if err := u.GenerateToken(); err != nil {
			return err
		}
	}
	_, err = c.ReplaceOne(ctx, map[string]string{"_id": id}, u) // want `\*methodfill\.APIUser written by ReplaceOne stores Secret \(key "secret"\) in plaintext`
	if !regenerate {
		u.Secret = "" // blanked for the response, after the write
	}
	respond(u)
	return err
}

func respond(any) {}

// DisableAPIUser only clears them.
func DisableAPIUser(ctx context.Context, c *mongo.Collection, id string) error {
	u, err := GetAPIUser(ctx, c, id)
	if err != nil {
		return err
	}
	u.GenerateToken()
	u.Token = ""
	u.Secret = ""
	_, err = c.ReplaceOne(ctx, map[string]string{"_id": id}, u)
	return err
}

// A rotating signing key: the cached one is returned, else a new random
// secret is upserted and the stored one read back into the same variable.
type Rokey struct {
	Type   string `bson:"type"`
	Secret string `bson:"secret"`
}

var cache = map[string]*Rokey{}

func GetRokey(ctx context.Context, c *mongo.Collection, typ string) (rkey *Rokey, err error) {
	rkey = cache[typ]
	if rkey != nil {
		return
	}
	secret, err := RandStr(64)
	if err != nil {
		return
	}
	rkey = &Rokey{Type: typ, Secret: secret}
	err = c.FindOneAndUpdate(ctx, map[string]string{"type": typ},
		map[string]any{"$setOnInsert": rkey}).Decode(rkey) // want `document written by FindOneAndUpdate stores Secret \(key "secret"\) in plaintext`
	return
}

// RefreshRokey writes what the cache holds, read from the database
// before: the literal is not the last definition.
func RefreshRokey(ctx context.Context, c *mongo.Collection, typ string) error {
	rkey := &Rokey{Type: typ}
	rkey = cache[typ]
	_, err := c.ReplaceOne(ctx, map[string]string{"type": typ}, rkey)
	return err
}

// EnableHostCerts adds a host token when certificates are turned on; the
// Reset that follows keeps tokens when they are on.
func EnableHostCerts(ctx context.Context, c *mongo.Collection, name string, on bool) error {
	a, err := Get(ctx, c, name)
	if err != nil {
		return err
	}
	if on {
		if err := a.TokenNew(); err != nil {
			return err
		}
	}
	a.Reset(on)
	_, err = c.ReplaceOne(ctx, map[string]string{"name": name}, a) // want `\*methodfill\.Authority written by ReplaceOne stores HostTokens \(key "host_tokens"\) in plaintext`
	return err
}

// A user's API key: ShowAPIKey generates one when there is none, then
// writes the user it was called on.
type KeyUser struct {
	Email  string `bson:"email"`
	APIKey string `bson:"apikey"`
}

func (u *KeyUser) RegenerateAPIKey() { // want RegenerateAPIKey:`fills receiver APIKey`
	u.APIKey, _ = RandStr(32)
}

func (u *KeyUser) Update(ctx context.Context, c *mongo.Collection) error { // want Update:`writes param -1 via Update -> ReplaceOne`
	_, err := c.ReplaceOne(ctx, map[string]string{"email": u.Email}, u)
	return err
}

func (u *KeyUser) ShowAPIKey(ctx context.Context, c *mongo.Collection) (string, error) { // want ShowAPIKey:`fills missing receiver APIKey` ShowAPIKey:`writes param -1 via ShowAPIKey -> Update -> ReplaceOne`
	if u.APIKey == "" {
		u.RegenerateAPIKey()
	}
	return u.APIKey, u.Update(ctx, c) // want `\*methodfill\.KeyUser written by Update -> ReplaceOne stores APIKey \(key "apikey"\) in plaintext`
}

// Touch writes the user as it was given: the key, if any, is the
// callers'.
func (u *KeyUser) Touch(ctx context.Context, c *mongo.Collection) error { // want Touch:`fills receiver APIKey` Touch:`writes param -1 via Touch -> Update -> ReplaceOne`
	err := u.Update(ctx, c)
	u.RegenerateAPIKey() // after the write
	return err
}

// Guards: a function that returns when a field is empty knows the field
// holds a value after the guard.
type OAuthToken struct {
	AccessToken  string
	RefreshToken string
}

type tokenWrapper struct {
	OAuthToken `bson:"token"`
	UserEmail  string
}

func (t *tokenWrapper) save(ctx context.Context, c *mongo.Collection) error { // want save:`writes param -1 via save -> InsertOne`
	_, err := c.InsertOne(ctx, t)
	return err
}

var errNoToken = errors.New("no access token")

func handleToken(ctx context.Context, c *mongo.Collection, t *OAuthToken, email string) error { // want handleToken:`writes param 2 under "token" via handleToken -> save -> InsertOne` handleToken:`requires param 2 field AccessToken`
	if t == nil || t.AccessToken == "" {
		return errNoToken
	}
	w := tokenWrapper{OAuthToken: *t, UserEmail: email}
	return w.save(ctx, c) // want `methodfill\.tokenWrapper written by save -> InsertOne stores AccessToken \(key "token\.accesstoken"\) in plaintext`
}

// handleUnchecked knows nothing of the token: its callers are judged.
func handleUnchecked(ctx context.Context, c *mongo.Collection, t *OAuthToken) error { // want handleUnchecked:`writes param 2 under "token" via handleUnchecked -> save -> InsertOne`
	w := tokenWrapper{OAuthToken: *t}
	return w.save(ctx, c)
}

type TokenSource interface{ Token() *OAuthToken }

// storeFetched checks the refresh token of a token it fetched.
func storeFetched(ctx context.Context, c *mongo.Collection, src TokenSource) error {
	tok := src.Token()
	if len(tok.RefreshToken) == 0 {
		return errNoToken
	}
	_, err := c.InsertOne(ctx, tok) // want `\*methodfill\.OAuthToken written by InsertOne stores RefreshToken \(key "refreshtoken"\) in plaintext`
	return err
}

// storeMust panics when the fetched token has no refresh token: after
// the guard it holds one, as after a return.
func storeMust(ctx context.Context, c *mongo.Collection, src TokenSource) {
	tok := src.Token()
	if tok.RefreshToken == "" {
		panic("no refresh token")
	}
	c.InsertOne(ctx, tok) // want `\*methodfill\.OAuthToken written by InsertOne stores RefreshToken \(key "refreshtoken"\) in plaintext`
}

// storeShadowed calls a function named panic that returns: not a guard.
func storeShadowed(ctx context.Context, c *mongo.Collection, src TokenSource) {
	panic := func(string) {}
	tok := src.Token()
	if tok.RefreshToken == "" {
		panic("no refresh token")
	}
	c.InsertOne(ctx, tok)
}

// storeChecked only checks a token it does not write, after the write.
func storeChecked(ctx context.Context, c *mongo.Collection, src TokenSource) error {
	tok := src.Token()
	_, err := c.InsertOne(ctx, tok)
	if tok.AccessToken == "" {
		return errNoToken
	}
	return err
}

// Company is made by a constructor that leaves its credentials empty; a
// setter fills them from its parameters when the client sends them.
type Company struct {
	Code         string `bson:"code"`
	AccessToken  string `bson:"access_token"`
	WebhookToken string `bson:"webhook_token"`
}

func NewCompany(code string) *Company { // want NewCompany:`protects AccessToken, WebhookToken`
	return &Company{Code: code}
}

func (c *Company) UpdateMetaCredentials(accessToken, webhookToken string) { // want UpdateMetaCredentials:`fills receiver AccessToken, WebhookToken`
	c.AccessToken = accessToken
	c.WebhookToken = webhookToken
}

type companyRequest struct {
	Code         string `json:"code"`
	AccessToken  string `json:"access_token"`
	WebhookToken string `json:"webhook_token"`
}

func CreateCompany(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	var req companyRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return err
	}
	company := NewCompany(req.Code)
	if req.AccessToken != "" {
		company.UpdateMetaCredentials(req.AccessToken, req.WebhookToken)
	}
	_, err := c.InsertOne(ctx, company) // want `\*methodfill\.Company written by InsertOne stores AccessToken \(key "access_token"\), WebhookToken \(key "webhook_token"\) in plaintext`
	return err
}

// CreateSealed sets them from sealed values: the setter stores what it is
// given, ciphertext here.
func CreateSealed(ctx context.Context, c *mongo.Collection, code, token, hook string, key *[32]byte) error {
	company := NewCompany(code)
	company.UpdateMetaCredentials(seal(key, token), seal(key, hook))
	_, err := c.InsertOne(ctx, company)
	return err
}

// CreateBare never sets the credentials: nothing is stored in them.
func CreateBare(ctx context.Context, c *mongo.Collection, code string) error {
	_, err := c.InsertOne(ctx, NewCompany(code))
	return err
}

func seal(key *[32]byte, s string) string { // want seal:`encrypted result`
	block, err := aes.NewCipher(key[:])
	if err != nil {
		panic(err)
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic(err)
	}
	return hex.EncodeToString(gcm.Seal(nonce, nonce, []byte(s), nil))
}

// resetUser's token is set, then written later by a closure: one closure
// clears it first and stores the empty token, the other stores it.
type resetUser struct {
	Email      string `bson:"email"`
	ResetToken string `bson:"reset_token"`
}

func newResetToken() string { // want newResetToken:`returns a new secret`
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func ExpireReset(c *mongo.Collection, email string) string { // want ExpireReset:`returns a new secret`
	u := resetUser{Email: email}
	u.ResetToken = newResetToken()
	time.AfterFunc(time.Minute, func() {
		u.ResetToken = ""
		_, _ = c.InsertOne(context.Background(), u)
	})
	return u.ResetToken
}

func SaveResetLater(c *mongo.Collection, email string) string { // want SaveResetLater:`returns a new secret`
	u := resetUser{Email: email}
	u.ResetToken = newResetToken()
	time.AfterFunc(time.Minute, func() {
		_, _ = c.InsertOne(context.Background(), u) // want `methodfill\.resetUser written by InsertOne stores ResetToken \(key "reset_token"\) in plaintext`
	})
	return u.ResetToken
}

// IssueReset stores the token now, and an empty one a minute later.
func IssueReset(ctx context.Context, c *mongo.Collection, email string) error {
	u := resetUser{Email: email}
	u.ResetToken = newResetToken()
	if _, err := c.InsertOne(ctx, u); err != nil { // want `methodfill\.resetUser written by InsertOne stores ResetToken \(key "reset_token"\) in plaintext`
		return err
	}
	time.AfterFunc(time.Minute, func() {
		u.ResetToken = ""
		_, _ = c.InsertOne(context.Background(), u)
	})
	return nil
}

// Member's password is set through a setter after the request is
// decoded: the value stored is what the setter was given.
type Member struct {
	Email    string `json:"email" bson:"email"`
	Password string `json:"password" bson:"password"`
}

func (m *Member) GetPassword() string { return m.Password }

func (m *Member) SetPassword(p string) { m.Password = p } // want SetPassword:`fills receiver Password`

func hashPassword(p string) string { // want hashPassword:`hashed result`
	sum := sha256.Sum256([]byte(p))
	return hex.EncodeToString(sum[:])
}

func RegisterMember(c *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var m Member
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			return
		}
		m.SetPassword(hashPassword(m.GetPassword()))
		_, _ = c.InsertOne(r.Context(), &m)
	}
}

func ImportMember(c *mongo.Collection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var m Member
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			return
		}
		m.SetPassword(r.FormValue("initial"))
		_, _ = c.InsertOne(r.Context(), &m) // want `\*methodfill\.Member written by InsertOne stores Password \(key "password"\) in plaintext`
	}
}
