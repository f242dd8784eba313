package names

// entryFlag qualifies a built-in entry.
type entryFlag uint8

const (
	// numeric: the value is often held in an integer type.
	numeric entryFlag = 1 << iota
	// singular: the entry does not match when its last word is plural
	// ("Tokens" is usually a token count or a lexer's output, "Pins" pinned
	// items, "Passes" anything).
	singular
)

// builtinEntries is the dictionary of sensitive names. Phrases are written
// as separate canonical words; aliases and plurals are added when the
// matcher is built.
var builtinEntries = []struct {
	phrase string
	cat    Category
	flags  entryFlag
}{
	// Passwords and other secrets a user knows; hashing protects them.
	{"password", Password, 0},
	{"passwd", Password, 0},
	{"pwd", Password, 0},
	{"pass", Password, singular},
	{"passphrase", Password, 0},
	{"passcode", Password, numeric},
	{"pin", Password, numeric | singular},
	{"pin code", Password, numeric},
	{"pin number", Password, numeric},
	{"security answer", Password, 0},
	{"secret answer", Password, 0},

	// Tokens, API keys, codes and generic secrets: bearer credentials.
	{"secret", Credential, 0},
	{"credential", Credential, 0},
	{"token", Credential, singular},
	{"api key", Credential, 0},
	{"api secret", Credential, 0},
	{"pre shared key", Credential, 0},
	{"psk", Credential, singular},
	{"api token", Credential, 0},
	{"personal access token", Credential, 0},
	{"pat", Credential, singular}, // HashnodePAT, github_pat: a personal access token
	{"oauth key", Credential, 0},  // LinkedInOAuthKey: the account's OAuth access token
	{"access token", Credential, 0},
	{"refresh token", Credential, 0},
	{"auth token", Credential, 0},
	{"authentication token", Credential, 0},
	{"authorization token", Credential, 0},
	{"session token", Credential, 0},
	{"id token", Credential, 0},
	{"bearer", Credential, 0},
	{"bearer token", Credential, 0},
	{"jwt", Credential, 0},
	{"reset token", Credential, 0},
	{"password reset token", Credential, 0},
	{"reset code", Credential, numeric},
	{"verification token", Credential, 0},
	{"verification code", Credential, numeric},
	{"confirmation token", Credential, 0},
	{"confirmation code", Credential, numeric},
	{"activation token", Credential, 0},
	{"activation code", Credential, numeric},
	{"otp", Credential, numeric},
	{"otp code", Credential, numeric},
	{"one time password", Credential, numeric},
	{"one time code", Credential, numeric},
	{"mfa code", Credential, numeric},
	{"2fa code", Credential, numeric},
	{"two factor code", Credential, numeric},
	{"totp code", Credential, numeric},
	{"sms code", Credential, numeric},
	{"email code", Credential, numeric},
	{"login code", Credential, numeric},
	{"verify code", Credential, numeric},
	{"security code", Credential, numeric},
	{"auth code", Credential, 0},
	{"authorization code", Credential, 0},
	{"access code", Credential, numeric}, // a claim or invitation code presented to get access
	{"recovery code", Credential, 0},
	{"recover code", Credential, 0},
	{"device code", Credential, 0},   // RFC 8628: the device polls with it for tokens
	{"exchange code", Credential, 0}, // a one-time code the client exchanges for a token
	{"backup code", Credential, 0},
	// Invitation and invite codes are not read: real services use them
	// both as bearer credentials and as codes listed back to admins or
	// shared on purpose (a user's own invite code is a referral code), and
	// their labelled cases disagree.
	{"recovery key", Credential, 0},
	{"client secret", Credential, 0},
	{"app secret", Credential, 0},
	{"consumer secret", Credential, 0},
	{"auth key", Credential, 0},
	// A key a client presents to authenticate (an agent's access key); an
	// access key beside a secret is the public half of the pair
	// (pairedWithSecret).
	{"access key", Credential, 0},
	{"auth header", Credential, 0},
	{"authorization header", Credential, 0},

	// Key material the program must use in plaintext; only encryption
	// protects it.
	{"private key", PrivateKey, 0},
	{"secret key", PrivateKey, 0},
	{"secret access key", PrivateKey, 0},
	{"signing key", PrivateKey, 0},
	{"signing secret", PrivateKey, 0},
	{"encryption key", PrivateKey, 0},
	{"symmetric key", PrivateKey, 0},
	{"crypto key", PrivateKey, 0},
	{"decryption key", PrivateKey, 0},
	{"encrypt key", PrivateKey, 0},
	{"decrypt key", PrivateKey, 0},
	{"master key", PrivateKey, 0},
	{"data key", PrivateKey, 0},
	{"kek", PrivateKey, 0},
	{"dek", PrivateKey, 0},
	{"aes key", PrivateKey, 0},
	{"hmac key", PrivateKey, 0},
	{"hmac secret", PrivateKey, 0},
	{"jwt key", PrivateKey, 0},
	{"jwt secret", PrivateKey, 0},
	{"session secret", PrivateKey, 0},
	{"cookie secret", PrivateKey, 0},
	{"webhook secret", PrivateKey, 0},
	// A kubeconfig holds the cluster's client key or token, which the
	// program uses to connect.
	{"kube config", PrivateKey, 0},
	{"ssh key", PrivateKey, 0},
	{"client key", PrivateKey, 0},
	{"service account key", PrivateKey, 0},
	{"tls key", PrivateKey, 0},
	{"ssl key", PrivateKey, 0},
	{"certificate key", PrivateKey, 0},
	{"cert key", PrivateKey, 0},
	{"sse customer key", PrivateKey, 0},
	{"otp secret", PrivateKey, 0},
	{"totp secret", PrivateKey, 0},
	{"mfa secret", PrivateKey, 0},
	{"2fa secret", PrivateKey, 0},
	{"two factor secret", PrivateKey, 0},
	{"otp seed", PrivateKey, 0},
	{"totp seed", PrivateKey, 0},
	{"mfa seed", PrivateKey, 0},
	{"totp", PrivateKey, 0},
	// The otpauth:// URI an authenticator app scans holds the TOTP secret
	// (otpauth://totp/Issuer:user?secret=...): it is the secret.
	{"otp auth url", PrivateKey, 0},
	{"otp auth uri", PrivateKey, 0},
	{"totp url", PrivateKey, 0},
	{"totp uri", PrivateKey, 0},
	{"seed phrase", PrivateKey, 0},
	{"recovery phrase", PrivateKey, 0},
	{"mnemonic", PrivateKey, 0},

	// Government identifiers.
	{"ssn", PersonalID, numeric},
	{"social security number", PersonalID, numeric},
	{"social security id", PersonalID, numeric},
	{"social sec number", PersonalID, numeric}, // SocialSecNo
	{"social sec id", PersonalID, numeric},     // SocialSecID
	{"medical record number", PersonalID, numeric},
	{"mrn", PersonalID, 0}, // a medical record number
	{"tax id", PersonalID, numeric},
	{"tax number", PersonalID, numeric},
	{"tax identification number", PersonalID, numeric},
	{"taxpayer identification number", PersonalID, numeric},
	{"national id", PersonalID, numeric},
	{"national id number", PersonalID, numeric},
	{"national insurance number", PersonalID, 0},
	{"national identity number", PersonalID, numeric},
	{"citizen id", PersonalID, numeric},
	// A government-issued identity number by its generic name (govtId,
	// government_id_number): the guardian's or patient's ID card.
	{"government id", PersonalID, numeric},
	{"government id number", PersonalID, numeric},
	{"citizen id number", PersonalID, numeric},
	{"citizenship number", PersonalID, numeric},
	{"identity card number", PersonalID, numeric},
	{"id card number", PersonalID, numeric},
	{"identity number", PersonalID, numeric},
	// Nigeria's Bank Verification Number, the identity every bank account
	// there is tied to.
	{"bvn", PersonalID, numeric},
	{"bank verification number", PersonalID, numeric},
	// National identity numbers by their local names: Pakistan's CNIC,
	// India's Aadhaar, Singapore's NRIC, Brazil's CPF, Mexico's CURP,
	// Spain's DNI, Poland's PESEL, the US ITIN.
	{"cnic", PersonalID, numeric},
	// Sri Lanka's National Identity Card number (nic_no); a bare "nic" is
	// as often a network interface.
	{"nic number", PersonalID, numeric},
	{"aadhaar", PersonalID, numeric},
	// India's tax ID (Permanent Account Number; in card payments PAN is the
	// primary account number) and provident-fund account number, by their
	// usual field names (PANNo, pan_number, UANNo).
	{"pan number", PersonalID, 0},
	{"pan", PersonalID, singular}, // the tax ID, or a card's primary account number: sensitive either way
	{"uan number", PersonalID, numeric},
	{"aadhar", PersonalID, numeric},
	{"nric", PersonalID, 0},
	{"cpf", PersonalID, numeric},
	{"curp", PersonalID, 0},
	{"dni", PersonalID, numeric},
	{"pesel", PersonalID, numeric},
	{"itin", PersonalID, numeric},
	{"ein", PersonalID, numeric}, // the US employer identification number, a tax ID
	{"employer identification number", PersonalID, numeric},
	{"passport number", PersonalID, 0},
	{"passport id", PersonalID, 0}, // PassportId: the passport's number, not a database id
	{"driver license", PersonalID, 0},
	{"driver license number", PersonalID, 0},
	{"driving license", PersonalID, 0},
	{"driving license number", PersonalID, 0},

	// Payment data.
	{"credit card", Financial, numeric},
	{"credit card number", Financial, numeric},
	{"debit card", Financial, numeric},
	{"card number", Financial, numeric},
	{"ccn", Financial, numeric},
	{"cc number", Financial, numeric},
	{"cvv", Financial, numeric},
	{"cvc", Financial, numeric},
	{"card security code", Financial, numeric},
	{"iban", Financial, 0},
	{"account number", Financial, numeric},
	{"bank account", Financial, numeric},
	{"bank account number", Financial, numeric},
	{"bank number", Financial, numeric}, // the account's number at the bank, as many schemas name it
	// Not the routing number: it names the bank, is printed on every
	// check and is public.
}

// afterNegators mean that the words before them name something about a
// secret, not the secret: its hash, its ID, when it expires, how long it is.
// Multi-word negators are phrases.
var afterNegators = []string{
	// Derived values.
	"hash", "digest", "checksum", "hmac", "mac", "signature", "sig",
	"fingerprint", "verifier", "salt",
	// Deliberately partial values: a key prefix or the last digits of a
	// card identify it without revealing it.
	"last4", "last 4", "last four", "last digits", "prefix", "suffix",
	"hint", "question",
	// References and metadata.
	"id", "uuid", "guid", "name", "namespace", "label", "description", "desc",
	"path", "file", "filename", "dir", "url", "uri", "endpoint", "host",
	"ref", "reference", "arn", "env", "var", "field", "param", "column",
	"routing", // BankAccountRouting: the bank's public routing number
	"prompt", "idx", "index", "offset", "pos", "position",
	"type", "kind", "version", "policy", "rule", "requirements",
	"class", "category", "tier", "country", "province", "jurisdiction",
	"length", "len", "size", "bits", "strength", "score", "entropy",
	"complexity", "algorithm", "algo", "alg", "method", "scheme", "format",
	"encoding", "pattern", "regex", "status", "state", "mode", "scope",
	"source", "provider", "issuer", "audience", "owner",
	// Things that hold or handle secrets (SecretStore, TokenService,
	// Azure's SecretClient), and token-economy fields (token_address,
	// TokenBalance, token_usage in LLM code).
	"store", "storage", "manager", "vault", "backend", "service", "client",
	"handler", "address", "symbol", "balance", "amount", "decimals",
	"supply", "price", "usage", "limit", "quota", "budget", "cost", "rate",
	"fee", "fees",
	// Times and lifetimes.
	"expires", "expire", "expired", "expiry", "expiration", "exp", "ttl",
	"lifetime", "validity", "valid", "duration", "timeout", "interval",
	"age", "created", "updated", "changed", "modified", "rotated",
	"issued", "revoked", "used", "generated", "sent", "verified",
	"validated", "confirmed", "requested", "at", "time", "date",
	"timestamp", "ts",
	// Counters and switches.
	"counter", "failed", "max", "min", "enabled", "disabled", "required",
	"set", "less",
}

// bothNegators negate entries on either side: "encrypted_password" and
// "password_encrypted", "is_secret", "ResumeToken".
var bothNegators = []string{
	// Protected forms.
	"hashed", "encrypted", "enc", "cipher", "ciphertext", "sealed",
	"masked", "mask", "redacted", "obfuscated", "tokenized", "truncated",
	// Password hashes: digits after the name are ignored, so "sha"
	// covers sha256 and "argon" argon2.
	"md5", "sha", "bcrypt", "scrypt", "argon", "argon2id", "pbkdf",
	// Keys and tokens that are public by design.
	"public", "pub", "publishable",
	// Counters, on either side: PINAttempts, NumberOfRetriesOTP.
	"count", "attempts", "attempt", "tries", "retries", "failures",
	// Predicates: is_secret, has_password, use_token.
	"is", "has", "use", "need", "require", "requires", "allow", "enable",
	"disable", "show", "hide", "should", "must",
	// Tokens that are positions, not credentials (MongoDB resume tokens,
	// page tokens, idempotency tokens). A page's token: a Facebook page
	// access token is a credential.
	"page token", "page key", "pagination", "next", "continuation", "resume", "cursor",
	"sync", "cancellation", "cancel", "idempotency",
	// Crypto-currency and NFT tokens: assets, not credentials (Erc20Token,
	// NftTokenID).
	"erc", "nft", "erc20", "erc721", "erc1155",
	// Tokens that coordinate, not authenticate: a leader lease's or a
	// lock's token, a fencing token.
	"lease", "lock", "fencing",
	// Anti-forgery tokens: a nonce echoed by the page, not a credential
	// (the key that signs them, csrf_secret, is one).
	"csrf token", "xsrf token",
	// Keys that address data, not keys that open it; and tokens that are
	// devices (an HSM token is the module, found by its label).
	"cache key", "object key", "lookup key", "sort key", "partition key",
	"primary key", "foreign key", "shard key", "routing key", "map key",
	"hsm token", "hardware token", "usb token",
	// Push-notification addresses of a device (FCM, APNs, GCM, Expo):
	// where to deliver, not what opens anything. A user's firebase_token
	// is the FCM address of the app (an ID token a login would verify is
	// called so: FirebaseUser.Token, firebase_id_token).
	"push notification", "fcm", "apns", "gcm", "expo push token", "firebase token",
}

// aliases map a spelling to the canonical word it stands for.
var aliases = map[string]string{
	"num":     "number",
	"no":      "number",
	"nbr":     "number",
	"licence": "license",
	"priv":    "private",
	"acct":    "account",
	"govt":    "government",
	"pword":   "password",
	"pw":      "password",
	// Misspellings seen in real documents (Elkeid's notice configs keep a
	// webhook signing secret as "seceret").
	"seceret":  "secret",
	"secrect":  "secret",
	"secert":   "secret",
	"pasword":  "password",
	"passwrod": "password",
	"passowrd": "password",
}

// strongWords may follow an unknown prefix inside one run-together word:
// "mongopassword" reads as mongo + password. No English word ends in them,
// unlike "pin" (spin), "pass" (compass) or "key" (monkey).
var strongWords = []string{"password", "passwd", "passphrase", "passcode", "secret", "token"}

// fillers are common words that qualify secrets. They are in the
// vocabulary only so that run-together names such as "userpin" or
// "dbpassword" can be split into words.
var fillers = []string{
	"user", "username", "customer", "member", "employee", "patient",
	"person", "admin", "root", "owner", "app", "application", "service",
	"server", "db", "database", "mongo", "mongodb", "smtp", "imap", "mail",
	"email", "ldap", "redis", "mysql", "postgres", "sql", "aws", "gcp",
	"azure", "github", "gitlab", "google", "facebook", "stripe", "twilio",
	"slack", "paypal", "sendgrid", "oauth", "oidc", "saml", "sso", "main",
	"default", "new", "old", "current", "previous", "prev", "temp", "tmp",
	"temporary", "initial", "plain", "plaintext", "raw", "clear",
	"cleartext", "login", "signup", "web", "device", "push", "personal",
	"fallback", "shared", "system", "local", "remote", "live", "test",
	"prod", "dev", "staging", "my", "value", "val", "str", "string", "data",
	"bytes", "pem", "der", "hex", "base64", "b64", "csrf", "xsrf",
	"request", "response", "req", "resp", "fcm", "apns", "wallet",
	"secure", "forgot", "change", "update", "confirm", "verify", "retype",
	"repeat", "credential", "cred", "creds", "account", "key", "code",
	"phrase", "card", "text",
}
