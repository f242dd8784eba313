package names

import (
	"slices"
	"strings"
)

// Field is a struct field, or a document key, read with what surrounds it.
// Some names say what they hold only in context: Code in a VerifyCode type
// is a one-time code, Key in a Certificate type is a TLS private key, and a
// bare Code beside Email and ExpiresAt is a verification code; while Token
// in a Lexer is a lexeme, and a Key stored as "_key" is a document key.
type Field struct {
	// Name is the field's Go name, or the document key.
	Name string
	// Key is the field's bson key when Name is a Go field name, "" for a
	// document key or when the key is the Go name.
	Key string
	// Owner is the name of the type declaring the field, "" if none.
	Owner string
	// Siblings are the Go names of the owner's other fields. They are
	// read only for the names [ReadsSiblings] reports: callers may leave
	// them out for others.
	Siblings []string
	// Package is the name of the owner's package. A generic name whose
	// owner and siblings say nothing is read by the context rules with it
	// when a sibling says whom the value belongs to (Email, UserID):
	// verification.Code's Code beside Email is a one-time code, while
	// login.Response's Code beside Message is not.
	Package string
	// Several reports that the value holds several strings or byte
	// strings (a slice, array or map of them): then entries that match
	// only in the singular ("token") match in the plural too, as
	// HostTokens []string holds tokens where Tokens int counts them.
	Several bool
}

// genericWords name what a field holds without saying what it is: the
// context says it. A name made only of these words is read with its owner
// and siblings.
var genericWords = []string{"key", "value", "val", "code", "data", "number", "raw", "plain", "text", "secret", "token", "string", "str", "bytes", "pem", "private", "material"}

// cancellingOwners are words in an owner's name saying that a generic name
// in it is not a secret: a lexer's Token, a SecretRef's Secret (its name),
// a Referral's or a Country's Code (public codes, meant to be shared), the
// Token of a language model's log probability (a piece of text), the
// Token of an FCM registration (a device's address).
var cancellingOwners = []string{
	"lexer", "lex", "scanner", "parser", "tokenizer", "syntax", "grammar", "ast",
	"ref", "reference", "selector", "pointer",
	"referral", "promo", "promotion", "discount", "country", "currency", "language", "locale", "postal", "zip", "error", "status",
	// A language model's log probabilities: their Token is a piece of text.
	"logprob", "logprobs",
	// A push-notification registration: its Token addresses a device.
	"fcm", "apns", "push",
}

// contextRules say what a generic field name means inside an owner whose
// name holds one of the words, when the owner's name and the field's do not
// already form an entry together (APIKey.Value is "api key" without a rule).
var contextRules = []struct {
	owner  []string // any of these words in the owner's name
	fields []string // the field's name, as words joined by spaces
	entry  string   // what the field is then
	cat    Category
	num    bool
}{
	// The key of a certificate or TLS pair is its private key.
	{[]string{"certificate", "cert", "tls", "ssl", "x509", "keypair", "acme"}, []string{"key", "key data", "key pem", "pem key", "private"}, "certificate key", PrivateKey, false},
	// The material of a key record (a master key, a data-encryption key, a
	// keyring's entry) is the key itself.
	{[]string{"key", "masterkey", "kek", "dek", "keyring", "keyset", "crypto"}, []string{"material", "key material"}, "key material", PrivateKey, false},
	// The value of a credential or a secret object is the secret.
	{[]string{"credential", "cred", "creds"}, []string{"key", "value", "val", "data", "secret", "token", "string", "str", "bytes", "text", "raw", "plain"}, "credential", Credential, false},
	// The code of a verification or reset record, or of an OAuth exchange,
	// is the one-time code.
	{[]string{"verify", "verification", "otp", "reset", "activation", "confirm", "confirmation", "login", "mfa", "2fa", "sms", "magic", "passcode", "oauth", "exchange", "recovery", "recover", "forgot"}, []string{"code", "value", "number"}, "one time code", Credential, true},
}

// codeIdentity and codeLifetime are words of sibling fields that, together,
// make a bare Code a one-time code: it is sent to someone (Email, Phone,
// Account) and it expires or is used up (ExpiresAt, Used, Attempts).
var (
	codeIdentity = []string{"email", "mail", "phone", "mobile", "account", "user", "username", "login", "recipient", "msisdn"}
	codeLifetime = []string{"expires", "expire", "expired", "expiry", "expiration", "exp", "ttl", "used", "attempts", "attempt", "tries", "duration", "valid", "validity", "lifetime"}
	// countOf are the words that make a count a code's (RetryCount,
	// SendCount, a bare Count): a Listing's FavorersCount or ViewCount
	// counts something else.
	countOf = []string{"retry", "retries", "try", "use", "usage", "send", "sent", "fail", "failed", "failure", "error", "verify", "check", "resend"}
)

// Generic reports whether every word of name is a generic word (Key,
// Value, Code, Token, SecretValue), which context may make sensitive or
// cancel.
func Generic(name string) bool {
	words := Tokenize(name)
	for _, w := range words {
		if !slices.Contains(genericWords, w) && !slices.Contains(genericWords, strings.TrimSuffix(w, "s")) {
			return false
		}
	}
	return len(words) > 0
}

// MatchField reports whether a field or document key names sensitive data,
// read in its context:
//
//   - a Go name and its bson key must agree: a negator in either cancels
//     the match (Password stored as "password_hash", PasswordHash stored as
//     "password"), read in both orders so that it follows the entry either
//     way;
//   - a generic name (see [Generic]) is read with its owner's name
//     (APIKey.Value, PasswordReset.Code), then by the context rules
//     (Certificate.Key is a private key, Credentials.Key a credential),
//     then, for a bare Code, by its siblings (Email and ExpiresAt), then
//     by the context rules with its package's name when a sibling names
//     whom it belongs to (verification.Code{Email, Code});
//   - a generic name is not sensitive when its owner's name cancels it
//     (Lexer.Token, SecretRef.Secret) or when it is stored as "_key" (the
//     document's own key in ArangoDB-style stores; "_id" is not cancelled:
//     a token stored as the document's _id is still a token).
func (m *Matcher) MatchField(f Field) (Match, bool) {
	generic := Generic(f.Name)
	if generic && (f.Key == "_key" || f.Owner != "" && m.ownerCancels(f.Owner)) {
		return Match{}, false
	}
	if pairedWithSecret(f.Name, f.Siblings) || entryName(f.Name, f.Siblings) && !m.secretOwner(f.Owner) {
		return Match{}, false
	}
	if mt, ok := m.matchKeyed(f.Name, f.Key, f.Several); ok {
		if postalPIN(mt, f.Siblings) || paymentApproval(mt, f.Owner) || pushAddress(f) {
			return Match{}, false
		}
		return mt, true
	}
	if mt, ok := m.byOwnerQualified(f); ok {
		return mt, true
	}
	if mt, ok := m.bySession(f); ok {
		return mt, true
	}
	if mt, ok := deviceUserCode(f); ok {
		return mt, true
	}
	if mt, ok := m.byHeaderValue(f); ok {
		return mt, true
	}
	if mt, ok := byDocumentType(f); ok {
		return mt, true
	}
	if mt, ok := personNID(f); ok {
		return mt, true
	}
	if !generic || f.Owner == "" && len(f.Siblings) == 0 && f.Package == "" {
		return Match{}, false
	}
	if f.Owner != "" {
		if mt, ok := m.match(f.Owner+"_"+f.Name, f.Several); ok && !recordCode(f.Name, mt) {
			return mt, true
		}
		if mt, ok := m.byRule(f.Owner, f.Name); ok {
			return mt, true
		}
	}
	if mt, ok := m.bySiblings(f.Name, f.Siblings); ok {
		return mt, true
	}
	if f.Package != "" && !m.ownerCancels(f.Package) && identified(f.Siblings) {
		return m.byRule(f.Package, f.Name)
	}
	return Match{}, false
}

// addressWords are words of the fields of a postal address. A PIN code
// beside them is India's postal code (Address{City, State, Pincode}), not a
// personal identification number.
var addressWords = []string{"address", "addr", "street", "city", "town", "village", "district", "state", "province", "region", "locality", "landmark", "area", "country", "latitude", "longitude", "lat", "lng", "lon", "geo", "location"}

// postalPIN reports whether a match of a PIN is a postal code by its
// siblings: a PIN code beside one part of an address, a bare PIN beside
// two (a login PIN may sit beside the user's Address).
func postalPIN(mt Match, siblings []string) bool {
	need := 0
	switch mt.Entry {
	case "pin code":
		need = 1
	case "pin":
		need = 2
	default:
		return false
	}
	n := 0
	for _, s := range siblings {
		if slices.ContainsFunc(Tokenize(s), func(w string) bool { return slices.Contains(addressWords, w) }) {
			n++
		}
	}
	return n >= need
}

// pushOwners are words of a type's name saying that it registers a device
// for push notifications (CreateFcmRequest, ApnsDevice).
var pushOwners = []string{"fcm", "apns", "push", "gcm"}

// registrationOwners are words of a type's name saying that its
// registration token is an FCM registration: push owners, Firebase, an
// app's or device's token, a notification's recipient.
var registrationOwners = append(slices.Clip(pushOwners), "firebase", "apptoken", "app", "device", "notification", "notifications")

// pushAddress reports whether a registration or device token is a push
// notification address by its owner's name (CreateFcmRequest's
// RegistrationToken): it says where to deliver, it opens nothing. The
// owner's other fields (an FCM server key) are still read as they are.
func pushAddress(f Field) bool {
	owner := Tokenize(f.Owner)
	switch strings.Join(Tokenize(f.Name), " ") {
	case "registration token", "app registration token":
		// Firebase's name for a device's FCM address, in a type that
		// registers an app or a device, or logs the notifications sent
		// (Apptoken, ToNotificationLog); a runner's or a user's
		// registration token elsewhere is a credential.
		return slices.ContainsFunc(owner, func(w string) bool { return slices.Contains(registrationOwners, w) })
	case "device token", "push token", "token", "expo token":
	default:
		return false
	}
	if slices.ContainsFunc(owner, func(w string) bool { return slices.Contains(pushOwners, w) }) {
		return true
	}
	// A notification record's token beside its title or body is the
	// device it was pushed to (Notification{Title, Body, Token}); a
	// notification channel's token (a bot's) has neither.
	return slices.Contains(owner, "notification") && slices.ContainsFunc(f.Siblings, func(s string) bool {
		w := Tokenize(s)
		return len(w) == 1 && (w[0] == "title" || w[0] == "body")
	})
}

// paymentOwners are words of a type's name saying that it records a card
// payment: its authorization code is the issuer's approval code, printed
// on the receipt, not an OAuth code.
var paymentOwners = []string{"payment", "preauthorization", "preauth", "transaction", "charge", "capture", "refund", "receipt", "acquirer", "invoice"}

// paymentApproval reports whether an authorization code match is a card
// payment's approval code by its owner's name.
func paymentApproval(mt Match, owner string) bool {
	if mt.Entry != "authorization code" && mt.Entry != "auth code" {
		return false
	}
	return slices.ContainsFunc(Tokenize(owner), func(w string) bool {
		return slices.Contains(paymentOwners, w) || strings.HasPrefix(w, "preauth")
	})
}

// ownerQualified are names that say what they hold only with their
// owner's: a Driver's LicenseNumber is a driving licence number, a
// TransportOperator's a business licence.
var ownerQualified = []string{"license", "license number", "license no", "license id"}

// byOwnerQualified reads a name of ownerQualified with its owner's name,
// when that makes a personal identifier (Driver.LicenseNumber is "driver
// license number").
func (m *Matcher) byOwnerQualified(f Field) (Match, bool) {
	if f.Owner == "" || !slices.Contains(ownerQualified, strings.Join(m.canonical(f.Name), " ")) {
		return Match{}, false
	}
	mt, ok := m.match(f.Owner+"_"+f.Name, f.Several)
	if !ok || mt.Category != PersonalID {
		return Match{}, false
	}
	return mt, true
}

// byHeaderValue reads the value of a credential sent in a request header
// as that credential: ApiKey{HeaderName, HeaderValue} holds the API key in
// HeaderValue (the name of the header is not secret).
func (m *Matcher) byHeaderValue(f Field) (Match, bool) {
	if f.Owner == "" || strings.Join(m.canonical(f.Name), " ") != "header value" {
		return Match{}, false
	}
	mt, ok := m.match(f.Owner+"_value", f.Several)
	if !ok || mt.Category != Credential && mt.Category != PrivateKey {
		return Match{}, false
	}
	return mt, true
}

// sessionQualifiers are the words that may come before "session" in the
// name of a type whose identifier is what the client presents: a user's
// or a login's session, not a chat's, a workout's or a checkout's.
var sessionQualifiers = []string{"user", "login", "auth", "web", "http", "browser", "app", "member", "account", "admin", "customer", "client"}

// sessionIDNames name a session's identifier, as words.
var sessionIDNames = []string{"session id", "sid", "session key"}

// bySession reads the identifier of a login session (Session.ID,
// UserSession.SessionID, sid) as the session's bearer credential: a
// session store keys each session by the value in the client's cookie or
// header. A session that also holds a credential (a Token beside the ID)
// authenticates by that, and its ID is a row's identifier.
func (m *Matcher) bySession(f Field) (Match, bool) {
	owner := Tokenize(f.Owner)
	if len(owner) == 0 || owner[len(owner)-1] != "session" {
		return Match{}, false
	}
	for _, w := range owner[:len(owner)-1] {
		if !slices.Contains(sessionQualifiers, w) {
			return Match{}, false
		}
	}
	words := Tokenize(f.Name)
	name := strings.Join(words, " ")
	if name == "refresh" {
		// A session's Refresh is the secret its refresh token carries.
		return Match{Entry: "refresh token", Category: Credential, Tokens: append(owner, words...)}, true
	}
	if name != "id" && !slices.Contains(sessionIDNames, name) {
		return Match{}, false
	}
	for _, s := range f.Siblings {
		if mt, ok := m.match(s, false); ok && (mt.Category == Credential || mt.Category == PrivateKey) {
			return Match{}, false
		}
		if name == "id" && slices.Contains(sessionIDNames, strings.Join(Tokenize(s), " ")) {
			return Match{}, false // Id beside SessionId: the row's, not the session's
		}
	}
	return Match{Entry: "session id", Category: Credential, Tokens: append(owner, words...)}, true
}

// ReadsSiblings reports whether MatchField reads the sibling fields of
// a field with this Go name: generic names (see [Generic]), names ending
// in "token", "key", "id", "number" or "no", names holding "pin" (a PIN
// code beside an address is a postal code; an IdNumber beside IdType is
// an identity document's) and UserCode (beside a DeviceCode, a device
// flow's code).
func ReadsSiblings(name string) bool {
	lower := strings.ToLower(name)
	return Generic(name) || strings.HasSuffix(lower, "token") || strings.HasSuffix(lower, "key") || strings.HasSuffix(lower, "id") || strings.HasSuffix(lower, "number") || strings.HasSuffix(lower, "no") || strings.Contains(lower, "pin") || slices.Equal(Tokenize(name), []string{"user", "code"})
}

// deviceUserCode reads the UserCode of an OAuth device authorization
// (RFC 8628) as the one-time code the user types to approve the device:
// a UserCode in an owner named for a device (DeviceCode, DeviceAuth), or
// beside a DeviceCode. A user's code elsewhere (an employee's, a
// referral's) is not one.
func deviceUserCode(f Field) (Match, bool) {
	words := Tokenize(f.Name)
	if !slices.Equal(words, []string{"user", "code"}) {
		return Match{}, false
	}
	owner := Tokenize(f.Owner)
	if !slices.Contains(owner, "device") && !slices.ContainsFunc(f.Siblings, func(s string) bool { return slices.Equal(Tokenize(s), []string{"device", "code"}) }) {
		return Match{}, false
	}
	return Match{Entry: "one time code", Category: Credential, Tokens: append(owner, words...)}, true
}

// documentNumbers are the names, as their last words, of the number of an
// identity document (IdNumber, AdditionalIdNumber, DocumentNumber).
var documentNumbers = []string{"id number", "id no", "id num", "identity number", "identification number", "document number", "doc number"}

// documentTypeWords are words of a sibling's name saying which identity
// document a number belongs to (IdType, DocumentType, IdentityType).
var documentTypeWords = []string{"id", "identity", "identification", "document", "doc"}

// byDocumentType reads the number of an identity document by the field
// beside it that names the document's type: IdNumber beside IdType holds a
// passport or national ID number, where an IdNumber alone may number
// anything.
func byDocumentType(f Field) (Match, bool) {
	words := Tokenize(f.Name)
	if !slices.ContainsFunc(documentNumbers, func(d string) bool {
		dw := strings.Fields(d)
		return len(words) >= len(dw) && slices.Equal(words[len(words)-len(dw):], dw)
	}) {
		return Match{}, false
	}
	for _, s := range f.Siblings {
		sw := Tokenize(s)
		if len(sw) >= 2 && sw[len(sw)-1] == "type" && slices.ContainsFunc(sw[:len(sw)-1], func(w string) bool { return slices.Contains(documentTypeWords, w) }) {
			return Match{Entry: "identity document number", Category: PersonalID, Numeric: true, Tokens: words}, true
		}
	}
	return Match{}, false
}

// personWords are words of the fields of a record about a person.
var personWords = []string{"name", "phone", "mobile", "email", "address", "birth", "dob", "gender", "password", "nationality"}

// personNID reads a bare NID as the national ID number that Bangladesh,
// Nepal and other countries call so, when at least two sibling fields say
// the record is about a person (Rider{Name, Phone, NID, Address}); a node,
// namespace or notification "nid" beside others is an identifier.
func personNID(f Field) (Match, bool) {
	words := Tokenize(f.Name)
	if !slices.Equal(words, []string{"nid"}) {
		return Match{}, false
	}
	seen := map[string]bool{}
	for _, s := range f.Siblings {
		for _, w := range Tokenize(s) {
			if slices.Contains(personWords, w) {
				seen[w] = true
			}
		}
	}
	if len(seen) < 2 {
		return Match{}, false
	}
	return Match{Entry: "national id", Category: PersonalID, Numeric: true, Tokens: words}, true
}

// identified reports whether a sibling says whom a value belongs to: an
// e-mail address, a phone number, a user or account.
func identified(siblings []string) bool {
	for _, s := range siblings {
		for _, w := range Tokenize(s) {
			if slices.Contains(codeIdentity, w) {
				return true
			}
		}
	}
	return false
}

// entryName reports whether a bare Key is the name of a key and value
// pair (ConfigData{Key, Value}, a setting's row): beside a Value, the
// Value holds what the pair stores and the Key says which entry it is.
func entryName(name string, siblings []string) bool {
	if !slices.Equal(Tokenize(name), []string{"key"}) {
		return false
	}
	return slices.ContainsFunc(siblings, func(s string) bool {
		w := Tokenize(s)
		return len(w) == 1 && (w[0] == "value" || w[0] == "val" || w[0] == "values")
	})
}

// secretOwner reports whether an owner's name says that it holds a
// secret (Secret, APIKey, Credentials): its Key beside a Value is then a
// part of the secret (an access key ID and its secret), not an entry's
// name.
func (m *Matcher) secretOwner(owner string) bool {
	if owner == "" {
		return false
	}
	if mt, ok := m.match(owner, false); ok && (mt.Category == Credential || mt.Category == PrivateKey) {
		return true
	}
	return slices.ContainsFunc(m.canonical(owner), func(w string) bool { return w == "credential" || w == "cred" || w == "creds" })
}

// pairedWithSecret reports whether a token is the identifier half of a
// token and secret pair: Token beside Secret, ApiToken beside ApiSecret.
// The client presents the token to say who it is and proves it with an
// HMAC made with the secret, as an access key ID is paired with its secret
// key; the secret is the credential.
func pairedWithSecret(name string, siblings []string) bool {
	words := Tokenize(name)
	if n := len(words); n >= 2 && words[n-2] == "access" && words[n-1] == "key" {
		// AccessKey beside SecretKey (or SecretAccessKey, Secret): the
		// key ID of an S3-style pair.
		return slices.ContainsFunc(siblings, func(s string) bool { return slices.Contains(Tokenize(s), "secret") })
	}
	if len(words) == 0 || words[len(words)-1] != "token" {
		return false
	}
	want := strings.Join(append(slices.Clone(words[:len(words)-1]), "secret"), " ")
	for _, s := range siblings {
		if strings.Join(Tokenize(s), " ") == want {
			return true
		}
	}
	return false
}

// matchKeyed matches a Go name and its bson key, which must agree.
func (m *Matcher) matchKeyed(name, key string, several bool) (Match, bool) {
	if key == "" || strings.EqualFold(name, key) {
		return m.match(name, several)
	}
	mt, ok := m.match(name+"_"+key, several)
	if !ok {
		return Match{}, false
	}
	if _, ok := m.match(key+"_"+name, several); !ok {
		return Match{}, false
	}
	return mt, true
}

// ownerCancels reports whether an owner's name says its generic fields are
// not secrets.
// OwnerCancels reports whether a type's name says that the generic names
// of its fields are not secrets (Lexer.Token, Country.Code).
func (m *Matcher) OwnerCancels(owner string) bool { return m.ownerCancels(owner) }

func (m *Matcher) ownerCancels(owner string) bool {
	for _, w := range Tokenize(owner) {
		if slices.Contains(cancellingOwners, w) {
			return true
		}
	}
	return false
}

// recordCode reports whether an owner-qualified match of a bare Code
// names only the owner (DevopsCredential.Code matches "credential",
// APIKey.Code "api key"): the code of a record that holds a secret is
// the record's identifier, not the secret. A Code that forms the entry
// with its owner (OTP.Code, an "otp code") is the secret; so is one the
// context rules name (PasswordReset.Code, a one-time code).
func recordCode(name string, mt Match) bool {
	words := Tokenize(name)
	if len(words) != 1 || words[0] != "code" && words[0] != "codes" {
		return false
	}
	return !strings.HasSuffix(mt.Entry, "code")
}

// byRule applies the context rules to a generic name in owner.
func (m *Matcher) byRule(owner, name string) (Match, bool) {
	ownerWords := m.canonical(owner)
	field := strings.Join(m.canonical(name), " ")
	for _, r := range contextRules {
		if !slices.Contains(r.fields, field) {
			continue
		}
		for _, w := range ownerWords {
			if slices.Contains(r.owner, w) {
				return Match{Entry: r.entry, Category: r.cat, Numeric: r.num, Tokens: append(ownerWords, Tokenize(name)...)}, true
			}
		}
	}
	return Match{}, false
}

// passwordRequestWords, beside "password" in an owner's name, say that
// it records requests to change a password (PasswordChangeRequests).
var passwordRequestWords = []string{"change", "request", "requests", "update", "renewal"}

// CodeIn reads a bare Code, or a "code" key, as a field of the records an
// owner's name says it keeps, when nothing else is known about it (a
// filter {"code": c} in a method of ResetPasswordRepository): an entry
// ending in "code" that the owner's words and the name form together
// (AuthCode + code is an authorization code), else the context rules
// (a reset's code is a one-time code), else, in an owner recording
// password change requests (PasswordChangeRequests), a one-time code. Only credentials count: the
// owner's own words (Password in PasswordResetRepository) say what the
// records are about, not what the code is.
func (m *Matcher) CodeIn(owner string) (Match, bool) {
	if owner == "" || m.ownerCancels(owner) {
		return Match{}, false
	}
	if mt, ok := m.match(owner+"_code", false); ok && strings.HasSuffix(mt.Entry, "code") && mt.Category == Credential {
		return mt, true
	}
	if mt, ok := m.byRule(owner, "code"); ok {
		return mt, true
	}
	if words := m.canonical(owner); slices.Contains(words, "password") && slices.ContainsFunc(words, func(w string) bool { return slices.Contains(passwordRequestWords, w) }) {
		// The code of a password change request.
		return Match{Entry: "one time code", Category: Credential, Numeric: true, Tokens: append(words, "code")}, true
	}
	return Match{}, false
}

// bySiblings reads a bare Code with its siblings.
func (m *Matcher) bySiblings(name string, siblings []string) (Match, bool) {
	words := Tokenize(name)
	if len(words) != 1 || words[0] != "code" && words[0] != "codes" {
		return Match{}, false
	}
	var identity, lifetime bool
	for _, s := range siblings {
		ws := Tokenize(s)
		for _, w := range ws {
			identity = identity || slices.Contains(codeIdentity, w)
			lifetime = lifetime || slices.Contains(codeLifetime, w)
		}
		if i := slices.Index(ws, "count"); i >= 0 && (len(ws) == 1 || slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(countOf, w) })) {
			lifetime = true
		}
	}
	if !identity || !lifetime {
		return Match{}, false
	}
	return Match{Entry: "one time code", Category: Credential, Numeric: true, Tokens: words}, true
}
