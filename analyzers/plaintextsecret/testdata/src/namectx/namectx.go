// Package namectx: fields whose names say what they hold only in context
// (the type declaring them, their sibling fields, the type of their
// value), and fields whose context says they are not secrets.
package namectx

import (
	"context"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Certificate keeps a TLS pair: its Key is the private key.
type Certificate struct {
	Name      string `bson:"name"`
	Cert      string `bson:"certificate"`
	Key       string `bson:"key"`
	PublicKey string `bson:"public_key"`
}

func SaveCertificate(ctx context.Context, c *mongo.Collection, r *http.Request) {
	name := r.FormValue("name")
	cert := r.FormValue("cert")
	key := r.FormValue("key")
	c.InsertOne(ctx, &Certificate{Name: name, Cert: cert, Key: key}) // want `\*namectx\.Certificate written by InsertOne stores Key \(key "key"\) in plaintext; encrypt key material`
}

// CacheEntry has a Key too, which addresses the entry.
type CacheEntry struct {
	Key   string `bson:"key"`
	Value string `bson:"value"`
}

func SaveEntry(ctx context.Context, c *mongo.Collection, r *http.Request) {
	k := r.FormValue("k")
	v := r.FormValue("v")
	c.InsertOne(ctx, CacheEntry{Key: k, Value: v})
}

// AzureCredentials: the account key of a storage account.
type AzureCredentials struct {
	Account string `bson:"account"`
	Key     string `bson:"key"`
}

func SaveAzure(ctx context.Context, c *mongo.Collection, r *http.Request) {
	account := r.FormValue("account")
	key := r.FormValue("key")
	c.InsertOne(ctx, AzureCredentials{Account: account, Key: key}) // want `namectx\.AzureCredentials written by InsertOne stores Key \(key "key"\) in plaintext`
}

// mongoVerifyCode is the storage form of a code sent by SMS.
type mongoVerifyCode struct {
	Account string `bson:"account"`
	Code    string `bson:"code"`
	Used    bool   `bson:"used"`
}

func SaveVerifyCode(ctx context.Context, c *mongo.Collection, r *http.Request) {
	account := r.FormValue("account")
	code := r.FormValue("code")
	c.InsertOne(ctx, mongoVerifyCode{Account: account, Code: code}) // want `namectx\.mongoVerifyCode written by InsertOne stores Code \(key "code"\) in plaintext`
}

// challenge has a bare Code, sent to an e-mail address, that expires.
type challenge struct {
	Email     string `bson:"email"`
	Code      string `bson:"code"`
	ExpiresAt int64  `bson:"expires_at"`
}

func SaveChallenge(ctx context.Context, c *mongo.Collection, r *http.Request) {
	email := r.FormValue("email")
	code := r.FormValue("code")
	var exp int64 = 3600
	c.InsertOne(ctx, challenge{Email: email, Code: code, ExpiresAt: exp}) // want `namectx\.challenge written by InsertOne stores Code \(key "code"\) in plaintext`
}

// Country and Failure have codes that are not secrets.
type Country struct {
	Code string `bson:"code"`
	Name string `bson:"name"`
}

type Failure struct {
	Code    string `bson:"code"`
	Message string `bson:"message"`
	Count   int    `bson:"count"`
}

func SaveCodes(ctx context.Context, c *mongo.Collection, r *http.Request) {
	code := r.FormValue("code")
	msg := r.FormValue("msg")
	c.InsertOne(ctx, Country{Code: code, Name: msg})
	c.InsertOne(ctx, Failure{Code: code, Message: msg})
}

// Authority keeps the bearer tokens its hosts present, and counts
// requests.
type Authority struct {
	Name       string   `bson:"name"`
	HostTokens []string `bson:"host_tokens"`
	Tokens     int      `bson:"tokens"`
}

func SaveAuthority(ctx context.Context, c *mongo.Collection, r *http.Request) {
	name := r.FormValue("name")
	token := r.FormValue("token")
	c.InsertOne(ctx, Authority{Name: name, HostTokens: []string{token}, Tokens: 1}) // want `namectx\.Authority written by InsertOne stores HostTokens \(key "host_tokens"\) in plaintext`
}

// Module is an HSM: its token is the device, found by label; its secret
// authenticates requests.
type Module struct {
	HsmToken  string `bson:"hsm_token"`
	HsmSecret string `bson:"hsm_secret"`
}

func SaveModule(ctx context.Context, c *mongo.Collection, r *http.Request) {
	token := r.FormValue("token")
	secret := r.FormValue("secret")
	c.InsertOne(ctx, Module{HsmToken: token, HsmSecret: secret}) // want `namectx\.Module written by InsertOne stores HsmSecret \(key "hsm_secret"\) in plaintext`
}

// Lexeme is a lexer's token, kept for a syntax index.
type Lexeme struct {
	Token string `bson:"token"`
	Pos   int    `bson:"pos"`
}

type LexerState struct {
	Token string `bson:"token"`
}

func SaveLexemes(ctx context.Context, c *mongo.Collection, r *http.Request) {
	tok := r.FormValue("tok")
	c.InsertOne(ctx, LexerState{Token: tok})
}

// Doc is an ArangoDB-style document whose _key is its own key.
type APIKeyDoc struct {
	Key   string `bson:"_key"`
	Owner string `bson:"owner"`
}

func SaveDoc(ctx context.Context, c *mongo.Collection, r *http.Request) {
	k := r.FormValue("k")
	c.InsertOne(ctx, APIKeyDoc{Key: k, Owner: "me"})
}

// passwordToken keeps a reset token as the document's _id.
type passwordToken struct {
	Token string `bson:"_id"`
	Email string `bson:"email"`
}

func SaveResetToken(ctx context.Context, c *mongo.Collection, r *http.Request) {
	token := r.FormValue("token")
	email := r.FormValue("email")
	c.InsertOne(ctx, passwordToken{Token: token, Email: email}) // want `namectx\.passwordToken written by InsertOne stores Token \(key "_id"\) in plaintext`
}

// Keys written as named constants are read with the constant's name.
const (
	fieldResetToken = "rt"
	fieldRegion     = "rg"
	keyCacheKey     = "ck"
)

func SaveByConstKeys(ctx context.Context, c *mongo.Collection, r *http.Request) {
	t := r.FormValue("t")
	c.InsertOne(ctx, bson.M{fieldResetToken: t, fieldRegion: t, keyCacheKey: t}) // want `document written by InsertOne stores key "rt" in plaintext`
}

// A generic last segment of a dotted path is read with its parent.
func SetStorageKey(ctx context.Context, c *mongo.Collection, r *http.Request) {
	k := r.FormValue("k")
	c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"storage.azure.credentials.key": k}}) // want `document written by UpdateOne stores key "storage.azure.credentials.key" in plaintext`
	c.UpdateOne(ctx, bson.M{}, bson.M{"$set": bson.M{"storage.cache.key": k, "storage.azure.account": k}})
}

// APIUser authenticates with a token that names it and an HMAC made with
// its secret: the token is the identifier half of the pair.
type APIUser struct {
	Name   string `bson:"name"`
	Token  string `bson:"token"`
	Secret string `bson:"secret"`
}

func SaveAPIUser(ctx context.Context, c *mongo.Collection, r *http.Request) {
	tok, sec := r.FormValue("token"), r.FormValue("secret")
	c.InsertOne(ctx, APIUser{Name: "api", Token: tok, Secret: sec}) // want `namectx\.APIUser written by InsertOne stores Secret \(key "secret"\) in plaintext`
}

// A filter's keys are read as the fields of the documents the query
// decodes: the token of an API user beside its secret is its identifier,
// a code beside an e-mail and an expiry is a one-time code.
type TokenUser struct {
	Name   string `bson:"name"`
	Token  string `bson:"token"`
	Secret string `bson:"secret"`
}

func ByToken(ctx context.Context, c *mongo.Collection, r *http.Request) (*TokenUser, error) { // want ByToken:`returns a stored document`
	u := &TokenUser{}
	err := c.FindOne(ctx, bson.M{"token": r.Header.Get("X-Token")}).Decode(u)
	return u, err
}

func BySecret(ctx context.Context, c *mongo.Collection, r *http.Request) (*TokenUser, error) { // want BySecret:`returns a stored document`
	u := &TokenUser{}
	err := c.FindOne(ctx, bson.M{"secret": r.Header.Get("X-Secret")}).Decode(u) // want `filter of FindOne matches key "secret" against a raw value`
	return u, err
}

type Pending struct {
	Email     string `bson:"email"`
	Code      string `bson:"code"`
	ExpiresAt int64  `bson:"expires_at"`
}

func ByCode(ctx context.Context, c *mongo.Collection, r *http.Request) (*Pending, error) { // want ByCode:`returns a stored document`
	p := &Pending{}
	err := c.FindOne(ctx, bson.M{"code": r.FormValue("code")}).Decode(p) // want `filter of FindOne matches key "code" against a raw value`
	return p, err
}

// ByTokenAny has no decoded type: the key is read alone.
func ByTokenAny(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	return c.FindOne(ctx, bson.M{"token": r.Header.Get("X-Token")}).Err() // want `filter of FindOne matches key "token" against a raw value`
}

// Setting stores any value under a generic key: the variable it holds
// names it.
type Setting struct {
	Name  string `bson:"name"`
	Value string `bson:"value"`
}

func SaveNamedValues(ctx context.Context, c *mongo.Collection, r *http.Request) {
	resetCode := r.FormValue("reset")
	c.InsertOne(ctx, bson.M{"user": r.FormValue("user"), "code": resetCode}) // want `document written by InsertOne stores key "code" \(which holds resetCode\) in plaintext`
	apiKey := r.Header.Get("X-Key")
	c.InsertOne(ctx, Setting{Name: "provider", Value: apiKey}) // want `namectx\.Setting written by InsertOne stores Value \(key "value", which holds apiKey\) in plaintext`

	// A name that says nothing, a protective name and a public one are
	// not read.
	code := r.FormValue("code")
	hashedAPIKey := r.FormValue("h")
	countryCode := r.FormValue("cc")
	c.InsertOne(ctx, bson.M{"code": code})
	c.InsertOne(ctx, Setting{Name: "provider", Value: hashedAPIKey})
	c.InsertOne(ctx, bson.M{"code": countryCode})
	// A field whose name says what it is keeps its own reading.
	c.InsertOne(ctx, Country{Code: resetCode, Name: "x"})
}

// Key-value rows: a settings collection names each row's value in a
// sibling field; the constant there says what the value is.
type AppConfig struct {
	ConfigKey   string `bson:"config_key"`
	Description string `bson:"description"`
	ValueString string `bson:"value_string"`
	ValueNumber int    `bson:"value_number"`
}

func SaveSettings(ctx context.Context, c *mongo.Collection, r *http.Request) {
	c.InsertOne(ctx, Setting{Name: "smtp_password", Value: r.FormValue("pw")})                     // want `namectx\.Setting written by InsertOne stores Value \(key "value", which is the value of "smtp_password"\) in plaintext`
	c.InsertOne(ctx, &AppConfig{ConfigKey: "tencent.secret_key", ValueString: "KeyKeyKey"})        // want `\*namectx\.AppConfig written by InsertOne stores ValueString \(key "value_string", which is the value of "tencent.secret_key"\) in plaintext`
	c.InsertOne(ctx, bson.M{"key": "stripe.api_key", "value": r.FormValue("k"), "updated": "now"}) // want `document written by InsertOne stores key "value" \(which is the value of "stripe.api_key"\) in plaintext`

	rows := []any{
		&AppConfig{ConfigKey: "smtp.host", ValueString: r.FormValue("host")},
		&AppConfig{ConfigKey: "smtp.password", ValueString: r.FormValue("pw")},
	}
	c.InsertMany(ctx, rows) // want `documents written by InsertMany stores ValueString \(key "value_string", which is the value of "smtp.password"\) in plaintext`

	// Rows named for something else, for a secret's identifier, rows
	// with an empty value, and two names (which is the value's?).
	c.InsertOne(ctx, Setting{Name: "smtp_host", Value: r.FormValue("host")})
	c.InsertOne(ctx, &AppConfig{ConfigKey: "tencent.secret_id", ValueString: r.FormValue("id")})
	c.InsertOne(ctx, &AppConfig{ConfigKey: "mobile_code.lifetime.minutes", ValueNumber: 15})
	c.InsertOne(ctx, &AppConfig{ConfigKey: "smtp_password", Description: "the SMTP password"})
	c.InsertOne(ctx, bson.M{"name": "api_key", "key": "smtp_password", "value": r.FormValue("v")})
}

// A login session's identifier is what its cookie holds; a chat session's
// is not, nor is the row ID of a session that keeps its SessionID apart.
type UserSession struct {
	ID     string `bson:"_id"`
	UserID string `bson:"user_id"`
}

type ChatSession struct {
	ID    string   `bson:"_id"`
	Title string   `bson:"title"`
	Turns []string `bson:"turns"`
}

type Session struct {
	ID        string `bson:"_id"`
	SessionID string `bson:"session_id"`
}

func StartSession(ctx context.Context, c *mongo.Collection, r *http.Request) {
	sid := r.Header.Get("X-New-Session")
	c.InsertOne(ctx, UserSession{ID: sid, UserID: r.FormValue("user")}) // want `namectx\.UserSession written by InsertOne stores ID \(key "_id"\) in plaintext`
	c.InsertOne(ctx, ChatSession{ID: sid, Title: "t"})
	c.InsertOne(ctx, Session{ID: sid})
	c.InsertOne(ctx, Session{ID: r.FormValue("row"), SessionID: sid}) // want `namectx\.Session written by InsertOne stores SessionID \(key "session_id"\) in plaintext`
}

// A filter's operators stay the filter: {"token": {"$in": tokens}}
// matches raw tokens, it writes nothing.
func ByTokens(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	_, err := c.Find(ctx, bson.M{"token": bson.M{"$in": r.Form["token"]}}) // want `filter of Find matches key "token" against a raw value`
	return err
}

// byCodes passes its parameter to a filter's $in: a fact, judged at the
// caller as a lookup.
func byCodes(ctx context.Context, c *mongo.Collection, codes []string) error { // want byCodes:`writes param 2 as "reset_code" via byCodes -> Find`
	_, err := c.Find(ctx, bson.M{"reset_code": bson.M{"$in": codes}})
	return err
}

func CheckResets(ctx context.Context, c *mongo.Collection, r *http.Request) error {
	return byCodes(ctx, c, []string{r.FormValue("code")}) // want `filter of byCodes -> Find matches key "reset_code" against a raw value, so the field must be stored in plaintext`
}

// Group keeps a pre-shared key; configuration names the file it is in.
type Group struct {
	Name         string `bson:"name"`
	PreSharedKey string `bson:"preSharedKey"`
}

type GroupConfig struct {
	Name             string
	PreSharedKeyFile string
	PreSharedKey     string
}

func SeedGroup(ctx context.Context, c *mongo.Collection, cfg GroupConfig) {
	c.InsertOne(ctx, &Group{Name: cfg.Name, PreSharedKey: string(cfg.PreSharedKeyFile)}) // the path of the key file, not the key
}

func SeedGroupKey(ctx context.Context, c *mongo.Collection, cfg GroupConfig) {
	c.InsertOne(ctx, &Group{Name: cfg.Name, PreSharedKey: cfg.PreSharedKey}) // want `\*namectx\.Group written by InsertOne stores PreSharedKey \(key "preSharedKey"\) in plaintext`
}

// Location is a saved address: its Pincode is the Indian postal code. A
// card's PinCode is the card's PIN.
type Location struct {
	UserID  string  `bson:"userId"`
	Address string  `bson:"address"`
	City    string  `bson:"city"`
	Pincode string  `bson:"pincode"`
	Lat     float64 `bson:"latitude"`
}

type CardPIN struct {
	Holder  string `bson:"holder"`
	PinCode string `bson:"pin_code"`
}

func SaveLocation(ctx context.Context, c *mongo.Collection, r *http.Request) {
	c.InsertOne(ctx, &Location{UserID: r.FormValue("user"), Address: r.FormValue("address"), City: r.FormValue("city"), Pincode: r.FormValue("pincode")})
	c.InsertOne(ctx, &CardPIN{Holder: r.FormValue("holder"), PinCode: r.FormValue("pin")}) // want `\*namectx\.CardPIN written by InsertOne stores PinCode \(key "pin_code"\) in plaintext`
}

// A Driver's LicenseNumber is a driving licence number; a transport
// operator's is its business licence.
type Driver struct {
	Name          string `bson:"name"`
	LicenseNumber string `bson:"licenseNumber"`
}

type TransportOperator struct {
	Name          string `bson:"name"`
	LicenseNumber string `bson:"licenseNumber"`
}

func RegisterDriver(ctx context.Context, c *mongo.Collection, r *http.Request) {
	c.InsertOne(ctx, Driver{Name: r.FormValue("name"), LicenseNumber: r.FormValue("licence")}) // want `namectx\.Driver written by InsertOne stores LicenseNumber \(key "licenseNumber"\) in plaintext; encrypt personal`
	c.InsertOne(ctx, TransportOperator{Name: r.FormValue("name"), LicenseNumber: r.FormValue("licence")})
}
