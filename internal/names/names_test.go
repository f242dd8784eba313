package names

import (
	"flag"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		// Case changes and acronyms.
		{"PasswordResetToken", []string{"password", "reset", "token"}},
		{"APIKey", []string{"api", "key"}},
		{"SSNHash", []string{"ssn", "hash"}},
		{"userID", []string{"user", "id"}},
		{"HTTPSProxy", []string{"https", "proxy"}},
		{"JWTSecret", []string{"jwt", "secret"}},
		{"MFAEnabled", []string{"mfa", "enabled"}},
		{"OAuth2Token", []string{"o", "auth2", "token"}},
		{"IDs", []string{"ids"}},
		{"SSNs", []string{"ssns"}},
		{"APIsURL", []string{"apis", "url"}},
		{"SSN", []string{"ssn"}},
		{"a", []string{"a"}},
		{"A", []string{"a"}},
		{"aB", []string{"a", "b"}},
		// Separators.
		{"x-api-key", []string{"x", "api", "key"}},
		{"reset.token", []string{"reset", "token"}},
		{"user.ssn", []string{"user", "ssn"}},
		{"credentials.password", []string{"credentials", "password"}},
		{"Password_Reset-Token", []string{"password", "reset", "token"}},
		{"  spaced  out ", []string{"spaced", "out"}},
		{"a--b__c..d/e:f", []string{"a", "b", "c", "d", "e", "f"}},
		{"card_last4", []string{"card", "last4"}},
		{"last_4", []string{"last", "4"}},
		// Digits.
		{"sha256", []string{"sha256"}},
		{"OTP2", []string{"otp2"}},
		{"Password2", []string{"password2"}},
		{"sha256_hash", []string{"sha256", "hash"}},
		{"sha256hash", []string{"sha256", "hash"}},
		{"aes256Key", []string{"aes256", "key"}},
		{"x509Cert", []string{"x509", "cert"}},
		{"2FASecret", []string{"2fa", "secret"}},
		{"2fa_code", []string{"2fa", "code"}},
		{"123", []string{"123"}},
		{"abc123def", []string{"abc123", "def"}},
		// Run-together words are left to the matcher.
		{"apikey", []string{"apikey"}},
		{"passwordresettoken", []string{"passwordresettoken"}},
		{"APIKEY", []string{"apikey"}},
		// Unicode and invalid UTF-8.
		{"ÜberSecret", []string{"über", "secret"}},
		{"straßeKey", []string{"straße", "key"}},
		{"名前Password", []string{"名前", "password"}},
		{"мойPassword", []string{"мой", "password"}},
		{"İD", []string{"id"}},
		{"e\u0301tat", []string{"e\u0301tat"}},
		{"pass\xffword", []string{"pass", "word"}},
		{"٣Key", []string{"٣key"}},
		// Nothing.
		{"", nil},
		{"___", nil},
		{"-.- ", nil},
		{"\xff\xfe", nil},
	}
	for _, tt := range tests {
		got := Tokenize(tt.name)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// tok splits a space-separated list of tokens.
func tok(s string) []string { return strings.Fields(s) }

func TestMatch(t *testing.T) {
	tests := []struct {
		name    string
		entry   string
		cat     Category
		numeric bool
		tokens  string // space-separated
	}{
		{"PasswordResetToken", "password reset token", Credential, false, "password reset token"},
		{"passwordresettoken", "password reset token", Credential, false, "password reset token"},
		{"Password_Reset-Token", "password reset token", Credential, false, "password reset token"},
		{"reset.token", "reset token", Credential, false, "reset token"},
		{"APIKey", "api key", Credential, false, "api key"},
		{"PreSharedKey", "pre shared key", Credential, false, "pre shared key"},
		{"CSRFSecret", "secret", Credential, false, "csrf secret"},
		{"Credential", "credential", Credential, false, "credential"},
		{"PANNo", "pan number", PersonalID, false, "pan no"},
		{"uan_no", "uan number", PersonalID, true, "uan no"},
		{"device_psk", "psk", Credential, false, "device psk"},
		{"api_key", "api key", Credential, false, "api key"},
		{"x-api-key", "api key", Credential, false, "x api key"},
		{"apikey", "api key", Credential, false, "api key"},
		{"APIKEY", "api key", Credential, false, "api key"},
		{"APIKeys", "api key", Credential, false, "api keys"},
		{"SSN", "ssn", PersonalID, true, "ssn"},
		{"user.ssn", "ssn", PersonalID, true, "user ssn"},
		{"SSNs", "ssn", PersonalID, true, "ssns"},
		{"CNIC", "cnic", PersonalID, true, "cnic"},
		{"nic_no", "nic number", PersonalID, true, "nic no"},
		{"TaxIdentificationNo", "tax identification number", PersonalID, true, "tax identification no"},
		{"taxpayer_identification_number", "taxpayer identification number", PersonalID, true, "taxpayer identification number"},
		{"CitizenID", "citizen id", PersonalID, true, "citizen id"},
		{"govtId", "government id", PersonalID, true, "govt id"},
		{"government_id_number", "government id number", PersonalID, true, "government id number"},
		{"seller_info.citizen_id", "citizen id", PersonalID, true, "seller info citizen id"},
		{"aadhaar_number", "aadhaar", PersonalID, true, "aadhaar number"},
		{"UserCPF", "cpf", PersonalID, true, "user cpf"},
		{"IDCardNumber", "id card number", PersonalID, true, "id card number"},
		{"CVV", "cvv", Financial, true, "cvv"},
		{"CVV2", "cvv", Financial, true, "cvv2"},
		{"cvc", "cvc", Financial, true, "cvc"},
		{"IBAN", "iban", Financial, false, "iban"},
		{"OTPSecret", "otp secret", PrivateKey, false, "otp secret"},
		{"TOTPSecret", "totp secret", PrivateKey, false, "totp secret"},
		{"MFASecret", "mfa secret", PrivateKey, false, "mfa secret"},
		{"JWTSecret", "jwt secret", PrivateKey, false, "jwt secret"},
		{"2FASecret", "2fa secret", PrivateKey, false, "2fa secret"},
		{"totp_seed", "totp seed", PrivateKey, false, "totp seed"},
		{"credentials.password", "password", Password, false, "credentials password"},
		{"Password", "password", Password, false, "password"},
		{"Password2", "password", Password, false, "password2"},
		{"Passwords", "password", Password, false, "passwords"},
		{"passwd", "passwd", Password, false, "passwd"},
		{"pwd", "pwd", Password, false, "pwd"},
		{"DBPass", "pass", Password, false, "db pass"},
		{"Passphrase", "passphrase", Password, false, "passphrase"},
		{"DBPassword", "password", Password, false, "db password"},
		{"dbpassword", "password", Password, false, "db password"},
		{"mongopassword", "password", Password, false, "mongo password"},
		{"мойpassword", "password", Password, false, "мой password"},
		{"raw_password", "password", Password, false, "raw password"},
		{"ConfirmPassword", "password", Password, false, "confirm password"},
		{"PrivateKeyPassword", "password", Password, false, "private key password"},
		{"PIN", "pin", Password, true, "pin"},
		{"pin", "pin", Password, true, "pin"},
		{"pin_code", "pin code", Password, true, "pin code"},
		{"user_pin", "pin", Password, true, "user pin"},
		{"userpin", "pin", Password, true, "user pin"},
		{"SecurityAnswer", "security answer", Password, false, "security answer"},
		{"Token", "token", Credential, false, "token"},
		{"AccessToken", "access token", Credential, false, "access token"},
		{"AccessTokens", "access token", Credential, false, "access tokens"},
		{"refresh_token", "refresh token", Credential, false, "refresh token"},
		{"AuthToken", "auth token", Credential, false, "auth token"},
		{"OAuth2Token", "auth token", Credential, false, "o auth2 token"},
		{"session_token", "session token", Credential, false, "session token"},
		{"IDToken", "id token", Credential, false, "id token"},
		{"Bearer", "bearer", Credential, false, "bearer"},
		{"BearerToken", "bearer token", Credential, false, "bearer token"},
		{"verification_token", "verification token", Credential, false, "verification token"},
		{"verification_code", "verification code", Credential, true, "verification code"},
		{"recovery_code", "recovery code", Credential, false, "recovery code"},
		{"recovery_codes", "recovery code", Credential, false, "recovery codes"},
		{"RecoveryCodes", "recovery code", Credential, false, "recovery codes"},
		{"RecoverCode", "recover code", Credential, false, "recover code"},
		{"device_code", "device code", Credential, false, "device code"},
		{"DeviceCode", "device code", Credential, false, "device code"},
		{"otp", "otp", Credential, true, "otp"},
		{"OTP2", "otp", Credential, true, "otp2"},
		{"otp_code", "otp code", Credential, true, "otp code"},
		{"mfa_code", "mfa code", Credential, true, "mfa code"},
		{"TwoFactorSecret", "two factor secret", PrivateKey, false, "two factor secret"},
		{"EmailVerificationToken", "verification token", Credential, false, "email verification token"},
		{"PINCode", "pin code", Password, true, "pin code"},
		{"ServiceAccountKey", "service account key", PrivateKey, false, "service account key"},
		{"Secret", "secret", Credential, false, "secret"},
		{"Secrets", "secret", Credential, false, "secrets"},
		{"HashSecret", "secret", Credential, false, "hash secret"},
		{"ClientSecret", "client secret", Credential, false, "client secret"},
		{"api_secret", "api secret", Credential, false, "api secret"},
		{"PrivateKey", "private key", PrivateKey, false, "private key"},
		{"privkey", "private key", PrivateKey, false, "priv key"},
		{"SecretKey", "secret key", PrivateKey, false, "secret key"},
		{"stripe_secret_key", "secret key", PrivateKey, false, "stripe secret key"},
		{"aws_secret_access_key", "secret access key", PrivateKey, false, "aws secret access key"},
		{"signing_key", "signing key", PrivateKey, false, "signing key"},
		{"EncryptionKey", "encryption key", PrivateKey, false, "encryption key"},
		{"aes256Key", "aes key", PrivateKey, false, "aes256 key"},
		{"SSHKey", "ssh key", PrivateKey, false, "ssh key"},
		{"ClientKey", "client key", PrivateKey, false, "client key"},
		{"WebhookSecret", "webhook secret", PrivateKey, false, "webhook secret"},
		{"WebhookSigningSecret", "signing secret", PrivateKey, false, "webhook signing secret"},
		{"Mnemonic", "mnemonic", PrivateKey, false, "mnemonic"},
		{"tax_id", "tax id", PersonalID, true, "tax id"},
		{"TaxID", "tax id", PersonalID, true, "tax id"},
		{"national_id", "national id", PersonalID, true, "national id"},
		{"NationalIDNumber", "national id number", PersonalID, true, "national id number"},
		{"SocialSecurityNumber", "social security number", PersonalID, true, "social security number"},
		{"passport_number", "passport number", PersonalID, false, "passport number"},
		{"PassportNo", "passport number", PersonalID, false, "passport no"},
		{"PassportId", "passport id", PersonalID, false, "passport id"},
		{"SocialSecID", "social sec id", PersonalID, true, "social sec id"},
		{"MRN", "mrn", PersonalID, false, "mrn"},
		{"AccessCode", "access code", Credential, true, "access code"},
		{"DriversLicence", "driver license", PersonalID, false, "drivers licence"},
		{"CreditCard", "credit card", Financial, true, "credit card"},
		{"creditcardnumber", "credit card number", Financial, true, "credit card number"},
		{"CreditCardNumber", "credit card number", Financial, true, "credit card number"},
		{"card_number", "card number", Financial, true, "card number"},
		{"CardNum", "card number", Financial, true, "card num"},
		{"account_number", "account number", Financial, true, "account number"},
		{"HashnodePAT", "pat", Credential, false, "hashnode pat"},
		{"github_personal_access_token", "personal access token", Credential, false, "github personal access token"},
		{"LinkedInOauthKey", "oauth key", Credential, false, "linked in oauth key"},
		{"Pan", "pan", PersonalID, false, "pan"},
		{"EIN", "ein", PersonalID, true, "ein"},
		{"EmployerIdentificationNumber", "employer identification number", PersonalID, true, "employer identification number"},
		{"BankNumber", "bank number", Financial, true, "bank number"},
		{"bank_no", "bank number", Financial, true, "bank no"},
		{"bank.iban", "iban", Financial, false, "bank iban"},
	}
	m := Default()
	for _, tt := range tests {
		got, ok := m.Match(tt.name)
		want := Match{Entry: tt.entry, Category: tt.cat, Numeric: tt.numeric, Tokens: tok(tt.tokens)}
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("Match(%q) = %+v, %v; want %+v", tt.name, got, ok, want)
		}
	}
}

func TestNoMatch(t *testing.T) {
	names := []string{
		// Negators after the entry.
		"PasswordHash", "password_hash", "passwordhash", "SSNHash", "CNICHash", "cpf_last4", "CitizenIDHash", "referral_code", "user_invite_code", "invitation_code", "lease_token", "LockToken", "fencing_token", "citizen_id_image_url", "DriversLicenseClass", "drivers_license_class", "csrfToken", "XSRFToken", "CredentialID", "credential_type", "PassportCountry", "TaxIDCategory",
		"APIKeyID", "api_key_id", "apikeyid", "TokenExpiresAt",
		"tokenexpiresat", "token_type", "private_key_path", "card_last4",
		"CardLast4", "card_number_last4", "card_number_last_4",
		"AccountNumberLastFour", "PasswordUpdatedAt", "passwordupdatedat",
		"passwordChangedAt", "password_reset_at", "PasswordPolicy",
		"sessionTokenCount", "otp_enabled", "SecretName", "password_salt",
		"AccessTokenURL", "token_prefix", "APIKeyPrefix", "password_hint",
		"PasswordSet", "password_required", "PasswordAlgorithm",
		"password_algo", "PasswordStrength", "PasswordLength", "password_len",
		"token_version", "PasswordDigest", "SSHKeyFingerprint", "SecretARN",
		"secret_ref", "token_hmac", "PasswordMaxAge", "Passwordless",
		"PasswordResetTokenExpiresAt", "SecretQuestion", "TokenSource",
		"SecretClient", "token_address", "TokenBalance", "token_usage",
		"SSNLast4", "bank_account_id", "CreditCardExpiration", "OTPSentAt",
		"resetPasswordExpires", "routing_number", "BankAccountRouting",
		"NumberOfRetriesOTP", "PINAttempts", "AttemptsPIN", "password_retries",
		"Pans", "pan_offset", "SentTokenFee", "token_fees", "Erc20Token", "erc_20_token", "NftToken", "nftTokenUri", "Pattern", "Einstein", "Protein",
		// Negators before it.
		"hashedPassword", "EncryptedSSN", "ssn_encrypted", "encrypted_password",
		"masked_card_number", "MaskedCardNumber", "enc_private_key",
		"bcrypt_password", "CipherText", "IsSecret", "HasPassword",
		"ResumeToken", "NextPageToken", "PublicAPIKey", "publishable_key",
		"PushNotificationToken", "fcm_token", "FCMToken", "apns_token", "ExpoPushToken", "expo_push_token", "AccessKeyID", "access_key_id", "nic", "NIC", "PrimaryNIC",
		"secret_namespace", "SecretNamespace",
		// Words that merely contain a dictionary word.
		"Spin", "pinned", "Pinterest", "keyboard", "monkey", "tokenizer",
		"secretary", "opinion", "mapping", "passage", "compass", "bypass",
		"shipping", "Keyspace", "donkey", "Author", "ssnap", "Tokenize",
		"Passenger", "Highpass",
		// Plurals that are not credentials.
		"Tokens", "MaxTokens", "PromptTokens", "Pins",
		// Words that are not sensitive alone.
		"key", "Key", "KeyName", "keyFile", "cache_key", "sort_key",
		"idempotency_key", "partition_key", "PrimaryKey", "foreign_key",
		"key_id", "PublicKey", "id", "ID", "UserID", "auth", "Auth", "code",
		"Code", "MFAEnabled", "HTTPSProxy", "sha256_hash",
		// Ordinary fields.
		"Name", "Email", "CreatedAt", "Description", "_id", "user.address.city",
		// No words.
		"", "___", "\xff",
	}
	m := Default()
	for _, n := range names {
		if got, ok := m.Match(n); ok {
			t.Errorf("Match(%q) = %+v, want no match", n, got)
		}
	}
}

// TestEntriesMatchThemselves checks every built-in entry written with
// underscores and run together, as bson writes untagged fields.
func TestEntriesMatchThemselves(t *testing.T) {
	m := Default()
	for _, e := range m.entries {
		words := strings.Fields(e.text)
		for _, n := range []string{strings.Join(words, "_"), strings.Join(words, "")} {
			if got, ok := m.Match(n); !ok || got.Entry != e.text {
				t.Errorf("Match(%q) = %+v, %v; want entry %q", n, got, ok, e.text)
			}
		}
	}
}

// TestDictionary checks the built-in tables for mistakes.
func TestDictionary(t *testing.T) {
	b := newBuilder()
	for key := range b.negs {
		if _, ok := b.entries[key]; ok {
			t.Errorf("%q is both an entry and a negator", key)
		}
	}
	for _, w := range strongWords {
		if _, ok := b.entries[w]; !ok {
			t.Errorf("strong word %q is not an entry", w)
		}
	}
	for a, w := range aliases {
		if _, ok := b.entries[a]; ok {
			t.Errorf("alias %q for %q is an entry", a, w)
		}
	}
	for _, e := range builtinEntries {
		if got := strings.Join(builtinWords(e.phrase), " "); got != e.phrase {
			t.Errorf("entry %q is not in canonical form %q", e.phrase, got)
		}
	}
}

// TestClassStable checks every rune: lower-casing an upper rune gives a
// lower rune that lower-casing leaves alone, and no other class changes.
// Tokenize's stability rests on this.
func TestClassStable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c, l := classOf(r), unicode.ToLower(r)
		switch {
		case c == upper && (classOf(l) != lower || unicode.ToLower(l) != l):
			t.Errorf("%U: lower-cases to %U of class %d", r, l, classOf(l))
		case c != upper && c != sep && l != r:
			t.Errorf("%U: class %d but lower-cases to %U", r, c, l)
		}
	}
}

func TestOddInput(t *testing.T) {
	m := Default()
	inputs := []string{
		"", "\x00", "\xff\xfe\xfd", "\xe2\x82", "🔑password", "password🔑",
		"PASSWORD", "pAsSwOrD", "p_a_s_s_w_o_r_d", strings.Repeat("_", 100),
		"ǅemal", "ΣΑΣ_password", "\u0130\u0130password",
	}
	for _, in := range inputs {
		toks := Tokenize(in)
		for _, tk := range toks {
			if tk == "" || !utf8.ValidString(tk) || strings.ToLower(tk) != tk {
				t.Errorf("Tokenize(%q) gave token %q", in, tk)
			}
		}
		m.Match(in)
	}
}

func TestLongInput(t *testing.T) {
	m := Default()
	shapes := []string{"a_", "aB", "A", "password", "passwor", "x9", "api_key_", "hash_", "Ü", "🔑"}
	for _, s := range shapes {
		in := strings.Repeat(s, 10_000/len(s)+1)[:10_000]
		in = strings.ToValidUTF8(in, "")
		Tokenize(in)
		got, ok := m.Match(in)
		if s == "api_key_" && (!ok || got.Entry != "api key") {
			t.Errorf("Match(api_key_ x1250) = %+v, %v; want api key", got, ok)
		}
	}
}

// TestMatchAllocs guards the hot path: names that do not match, the vast
// majority, allocate nothing.
func TestMatchAllocs(t *testing.T) {
	m := Default()
	for _, n := range []string{"CreatedAt", "userID", "descriptionfield", "PasswordHash", "Ünïcödé", "a.b.c.d.e"} {
		if a := testing.AllocsPerRun(100, func() { m.Match(n) }); a != 0 {
			t.Errorf("Match(%q) allocates %v times", n, a)
		}
	}
}

func TestConcurrent(t *testing.T) {
	m := Default()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 200 {
				if got, ok := m.Match("PasswordResetToken"); !ok || got.Entry != "password reset token" {
					t.Errorf("concurrent Match = %+v, %v", got, ok)
					return
				}
				m.Match("password_hash")
			}
		})
	}
	wg.Wait()
}

func TestCategory(t *testing.T) {
	for c := Password; c <= Financial; c++ {
		got, err := ParseCategory(c.String())
		if err != nil || got != c {
			t.Errorf("ParseCategory(%q) = %v, %v", c.String(), got, err)
		}
	}
	for in, want := range map[string]Category{"private-key": PrivateKey, "Personal ID": PersonalID, "FINANCIAL": Financial} {
		if got, err := ParseCategory(in); err != nil || got != want {
			t.Errorf("ParseCategory(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseCategory("secretish"); err == nil {
		t.Error("ParseCategory(secretish) succeeded")
	}
	if got := Category(0).String(); got != "Category(0)" {
		t.Errorf("Category(0).String() = %q", got)
	}
}

func TestNew(t *testing.T) {
	m, err := New(
		[]string{"member number:personalid", "loyalty_id", "secret:privatekey", "salt", "fooSecret"},
		[]string{"tokens", "legacy", "boarding pass", "passcodes"},
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		entry string // "" for no match
		cat   Category
	}{
		{"MemberNumber", "member number", PersonalID},
		{"member_no", "member number", PersonalID},
		{"membernumber", "member number", PersonalID},
		{"LoyaltyID", "loyalty id", Credential},
		{"loyalty_id_hash", "", 0},
		{"Secret", "secret", PrivateKey},
		{"PasswordSalt", "salt", Credential},
		{"foo_secret", "foo secret", Credential},
		{"foosecret", "foo secret", Credential},
		{"Token", "", 0},
		{"AccessToken", "access token", Credential},
		{"legacy_password", "", 0},
		{"password_legacy", "", 0},
		{"BoardingPass", "", 0},
		{"Pass", "pass", Password},
		{"passcode", "", 0},
		{"Password", "password", Password},
	}
	for _, tt := range tests {
		got, ok := m.Match(tt.name)
		if ok != (tt.entry != "") || got.Entry != tt.entry || got.Category != tt.cat {
			t.Errorf("Match(%q) = %+v, %v; want %q %v", tt.name, got, ok, tt.entry, tt.cat)
		}
	}
	if got, _ := m.Match("MemberNumber"); !got.Numeric {
		t.Error("personalid user entry is not numeric")
	}
	// The default matcher is unchanged.
	if _, ok := Default().Match("Token"); !ok {
		t.Error("New changed the default matcher")
	}
	if _, ok := Default().Match("MemberNumber"); ok {
		t.Error("New changed the default matcher")
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		add, remove []string
		want        string
	}{
		{[]string{""}, nil, "empty word"},
		{[]string{"  "}, nil, "empty word"},
		{[]string{":password"}, nil, "empty word"},
		{[]string{"__"}, nil, "no letters or digits"},
		{[]string{"x:bogus"}, nil, `unknown category "bogus"`},
		{nil, []string{""}, "empty word"},
		{nil, []string{"x:password"}, "takes no category"},
		{[]string{"foo bar"}, []string{"FooBar"}, "both added"},
	}
	for _, tt := range tests {
		_, err := New(tt.add, tt.remove)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New(%q, %q) error = %v, want %q", tt.add, tt.remove, err, tt.want)
		}
	}
}

func TestWordList(t *testing.T) {
	var names, ignore WordList
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.Var(&names, "names", "extra sensitive names")
	fs.Var(&ignore, "ignore", "names not to report")
	if err := fs.Parse([]string{"-names=member number:personalid, pin_hint", "-names=cvv3", "-ignore=", "-ignore=token"}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"member number:personalid", "pin_hint", "cvv3"}; !slices.Equal(names, want) {
		t.Errorf("names = %q, want %q", names, want)
	}
	if got := names.String(); got != "member number:personalid,pin_hint,cvv3" {
		t.Errorf("String() = %q", got)
	}
	if got := ignore.Get().([]string); !slices.Equal(got, []string{"token"}) {
		t.Errorf("ignore = %q", got)
	}
	if _, err := New(names, ignore); err != nil {
		t.Errorf("New(%q, %q): %v", names, ignore, err)
	}
	for _, bad := range []string{"a,,b", "a,", "x:nope", "--"} {
		var l WordList
		if err := l.Set(bad); err == nil {
			t.Errorf("Set(%q) succeeded", bad)
		}
	}
	var nilList *WordList
	if got := nilList.String(); got != "" {
		t.Errorf("nil String() = %q", got)
	}
}

// FuzzTokenize checks that Tokenize never panics, gives non-empty
// lower-case valid tokens and is stable, and that Match is deterministic
// and reads its own Tokens back the same way.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"PasswordResetToken", "x-api-key", "OAuth2Token", "IDs", "2FASecret", "мойpassword", "pass\xffword"} {
		f.Add(s)
	}
	m := Default()
	f.Fuzz(func(t *testing.T, name string) {
		toks := Tokenize(name)
		for _, tk := range toks {
			if tk == "" || !utf8.ValidString(tk) || strings.ToLower(tk) != tk {
				t.Fatalf("Tokenize(%q) gave token %q", name, tk)
			}
		}
		if again := Tokenize(strings.Join(toks, "_")); !slices.Equal(again, toks) {
			t.Fatalf("Tokenize(%q) = %q, but Tokenize of them joined = %q", name, toks, again)
		}
		got, ok := m.Match(name)
		got2, ok2 := m.Match(name)
		if ok != ok2 || !reflect.DeepEqual(got, got2) {
			t.Fatalf("Match(%q) not deterministic: %+v %v, then %+v %v", name, got, ok, got2, ok2)
		}
		if ok {
			joined := strings.Join(got.Tokens, "_")
			if back, ok := m.Match(joined); !ok || !reflect.DeepEqual(back, got) {
				t.Fatalf("Match(%q) = %+v, but Match(%q) = %+v, %v", name, got, joined, back, ok)
			}
		}
	})
}
