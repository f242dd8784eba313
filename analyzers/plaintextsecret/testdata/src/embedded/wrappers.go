package embedded

import (
	"context"
	"fmt"
	"net/http"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// Wrappers whose keys say nothing (a cache's key and value, a mail's
// body): their callers' arguments say what is stored.

type CacheItem struct {
	Key   string `bson:"key"`
	Value any    `bson:"value"`
}

func setCache(ctx context.Context, c *mongo.Collection, key string, value any) { // want setCache:`writes param 2 as "key", sensitive by the caller's name via setCache -> UpdateOne, param 3 as "value", sensitive by the caller's name via setCache -> UpdateOne`
	c.UpdateOne(ctx, bson.M{"key": key}, bson.M{"$set": CacheItem{Key: key, Value: value}})
}

func getCache(ctx context.Context, c *mongo.Collection, key string) *mongo.SingleResult { // want getCache:`writes param 2 as "key", sensitive by the caller's name via getCache -> FindOne`
	return c.FindOne(ctx, bson.M{"key": key})
}

func queueMail(ctx context.Context, c *mongo.Collection, to, body string) { // want queueMail:`writes param 3 as "body", sensitive by the caller's name via queueMail -> InsertOne`
	c.InsertOne(ctx, bson.M{"to": to, "body": body})
}

func Login(ctx context.Context, c *mongo.Collection, userID string) { // want Login:`writes param 2 as "value", sensitive by the caller's name via Login -> setCache -> UpdateOne`
	sessionToken := newToken()
	setCache(ctx, c, sessionToken, userID) // want `value written by setCache -> UpdateOne stores key "key" \(which holds sessionToken\) in plaintext`
}

func newOTP() string { return fmt.Sprint(len(newToken())) }

func Verify(ctx context.Context, c *mongo.Collection, email string) {
	otp := newOTP()
	setCache(ctx, c, "otp:"+email, otp)                           // want `value written by setCache -> UpdateOne stores key "value" \(which holds otp\) in plaintext`
	queueMail(ctx, c, email, fmt.Sprintf("Your code is %s", otp)) // want `value written by queueMail -> InsertOne stores key "body" \(which embeds otp\) in plaintext`
	getCache(ctx, c, otp)                                         // want `filter of getCache -> FindOne matches key "key" \(which holds otp\) against a raw value`
}

// The negatives: nothing named as a secret, and a digest.
func Remember(ctx context.Context, c *mongo.Collection, userID, name string) { // want Remember:`writes param 2 as "key", sensitive by the caller's name via Remember -> setCache -> UpdateOne, param 2 as "value", sensitive by the caller's name via Remember -> setCache -> UpdateOne, param 3 as "value", sensitive by the caller's name via Remember -> setCache -> UpdateOne`
	setCache(ctx, c, userID, name)
	queueMail(ctx, c, name, fmt.Sprintf("Welcome, %s", name))
	tokenHash := fmt.Sprintf("%x", userID)
	setCache(ctx, c, tokenHash, userID)
}

// An event bus that stores what it is given under "data": a document
// passed to it is not a value named by the caller.
type Challenge struct {
	Domain string `bson:"domain"`
	Token  string `bson:"token"`
}

func publish(ctx context.Context, c *mongo.Collection, channel string, data any) { // want publish:`writes param 3 as "data", sensitive by the caller's name via publish -> InsertOne`
	c.InsertOne(ctx, bson.M{"channel": channel, "data": data})
}

func Announce(ctx context.Context, c *mongo.Collection, domain string) {
	publish(ctx, c, "acme", &Challenge{Domain: domain, Token: newToken()})
}

// A constant named after what it keys is not a secret.
const credentialKey = "credential"

func Migrated(ctx context.Context, c *mongo.Collection) {
	getCache(ctx, c, credentialKey)
	setCache(ctx, c, credentialKey, "v2")
}

// A repository that copies the message it is given, field by field, into
// the document it stores.
type Outbox struct {
	To   string `bson:"to"`
	Body string `bson:"body"`
}

func saveMessage(ctx context.Context, c *mongo.Collection, m *Message) { // want saveMessage:`writes param 2 field BodyHTML as "body", sensitive by the caller's name via saveMessage -> InsertOne`
	c.InsertOne(ctx, &Outbox{To: m.To, Body: m.BodyHTML})
}

func SendLoginCode(ctx context.Context, c *mongo.Collection, email string) {
	otp := newOTP()
	html := fmt.Sprintf("<p>%s</p>", otp)
	saveMessage(ctx, c, &Message{To: email, BodyHTML: html}) // want `\*embedded.Message written by saveMessage -> InsertOne stores BodyHTML \(key "body", which embeds otp\) in plaintext`
	saveMessage(ctx, c, &Message{To: email, BodyHTML: "<p>Welcome</p>"})
}

// A settings store: one document per setting, its value in the field of
// its kind, reached through a typed setter.
type Config struct {
	Key      string   `bson:"Key"`
	ValueStr string   `bson:"ValueStr"`
	ValueArr []string `bson:"ValueArr"`
}

func updateConfig(ctx context.Context, c *mongo.Collection, key string, value any, isArr bool) { // want updateConfig:`writes param 2 as "Key", sensitive by the caller's name via updateConfig -> InsertOne, param 3 as "ValueStr", sensitive by the caller's name via updateConfig -> InsertOne`
	cfg := Config{Key: key}
	if isArr {
		v, _ := value.([]string)
		cfg.ValueArr = v
	} else {
		v, _ := value.(string)
		cfg.ValueStr = v
	}
	c.InsertOne(ctx, cfg)
}

func UpdateStringConfig(ctx context.Context, c *mongo.Collection, key, value string) { // want UpdateStringConfig:`writes param 2 as "Key", sensitive by the caller's name via UpdateStringConfig -> updateConfig -> InsertOne, param 3 as "ValueStr", sensitive by the caller's name via UpdateStringConfig -> updateConfig -> InsertOne`
	updateConfig(ctx, c, key, value, false)
}

// SetEmail is an action bound by reflection: its emailPassword is
// written as it is, for its callers (or the whole-program step) to judge.
func SetEmail(ctx context.Context, c *mongo.Collection, emailHost, emailPassword string) { // want SetEmail:`writes param 2 as "ValueStr", sensitive by the caller's name via SetEmail -> UpdateStringConfig -> updateConfig -> InsertOne, param 3 as "ValueStr" via SetEmail -> UpdateStringConfig -> updateConfig -> InsertOne`
	UpdateStringConfig(ctx, c, "emailHost", emailHost)
	UpdateStringConfig(ctx, c, "emailPassword", emailPassword)
}

func SetEmailForm(ctx context.Context, c *mongo.Collection, form map[string]string) {
	emailHost, emailPassword := form["host"], form["password"]
	UpdateStringConfig(ctx, c, "emailHost", emailHost)
	UpdateStringConfig(ctx, c, "emailPassword", emailPassword) // want `value written by UpdateStringConfig -> updateConfig -> InsertOne stores key "ValueStr" \(which holds emailPassword\) in plaintext`
}

// Session reads the cookie the login set, by its name: the cache key it
// looks up is the session token, although every variable on the way is
// called cookie or value. Theme's cookie names a preference.
func Session(ctx context.Context, c *mongo.Collection, r *http.Request) {
	cookie, err := r.Cookie("session_token")
	if err != nil {
		return
	}
	getCache(ctx, c, cookie.Value) // want `filter of getCache -> FindOne matches key "key" \(which holds the request's "session_token"\) against a raw value`
	reset := r.URL.Query().Get("reset_token")
	getCache(ctx, c, reset) // want `filter of getCache -> FindOne matches key "key" \(which holds the request's "reset_token"\) against a raw value`
	v := r.FormValue("api_key")
	getCache(ctx, c, v) // want `filter of getCache -> FindOne matches key "key" \(which holds the request's "api_key"\) against a raw value`
	theme, err := r.Cookie("theme")
	if err != nil {
		return
	}
	getCache(ctx, c, theme.Value)
}
