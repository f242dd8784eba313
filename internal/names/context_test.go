package names

import (
	"reflect"
	"strings"
	"testing"
)

// TestMatchField covers every context rule with a case it decides and a
// case a reader of the name alone would decide the other way.
func TestMatchField(t *testing.T) {
	m := Default()
	tests := []struct {
		name  string
		f     Field
		entry string // "" for no match
		cat   Category
	}{
		// Owner name and generic field name form an entry together.
		{"api key value", Field{Name: "Value", Owner: "APIKey"}, "api key", Credential},
		{"reset code", Field{Name: "Code", Owner: "PasswordReset"}, "reset code", Credential},
		{"verify code type", Field{Name: "Code", Key: "code", Owner: "mongoVerifyCode"}, "verify code", Credential},
		{"webhook secret", Field{Name: "Secret", Owner: "Webhook"}, "secret", Credential},
		{"generic alone", Field{Name: "Value"}, "", 0},
		{"generic in a plain owner", Field{Name: "Value", Owner: "Setting"}, "", 0},
		{"not generic, owner not read", Field{Name: "Name", Owner: "APIKey"}, "", 0},

		// Context rules.
		{"certificate key", Field{Name: "Key", Key: "key", Owner: "Certificate"}, "certificate key", PrivateKey},
		{"tls pair key data", Field{Name: "KeyData", Owner: "TLSPair"}, "certificate key", PrivateKey},
		{"key record material", Field{Name: "Material", Key: "material", Owner: "keyDoc"}, "key material", PrivateKey},
		{"master key material", Field{Name: "Material", Owner: "MasterKey"}, "master key", PrivateKey},
		{"material of a product", Field{Name: "Material", Key: "material", Owner: "Product"}, "", 0},
		{"material alone", Field{Name: "Material"}, "", 0},
		{"certificate public key", Field{Name: "PublicKey", Owner: "Certificate"}, "", 0},
		{"certificate name", Field{Name: "Name", Owner: "Certificate"}, "", 0},
		{"credentials key", Field{Name: "Key", Key: "key", Owner: "AzureCredentials"}, "credential", Credential},
		{"credential value", Field{Name: "Value", Owner: "Credential"}, "credential", Credential},
		{"credentials kind", Field{Name: "Kind", Owner: "Credentials"}, "", 0},
		{"otp record code", Field{Name: "Code", Owner: "OTPRecord"}, "one time code", Credential},
		// The code of a record holding a secret is its identifier: the owner
		// alone names the entry (a credential, an API key).
		{"credential record code", Field{Name: "Code", Owner: "DevopsCredential"}, "", 0},
		{"api key code", Field{Name: "Code", Owner: "APIKey"}, "", 0},
		{"devops credential value", Field{Name: "Value", Owner: "DevopsCredential"}, "credential", Credential},
		{"login attempt code", Field{Name: "Code", Owner: "LoginChallenge"}, "one time code", Credential},
		{"password policy value", Field{Name: "Value", Owner: "PasswordPolicy"}, "", 0},
		{"verification number", Field{Name: "Number", Owner: "SMSVerification"}, "one time code", Credential},
		{"country code", Field{Name: "Code", Owner: "Country"}, "", 0},
		{"recovery request code", Field{Name: "Code", Owner: "RecoveryRequest"}, "one time code", Credential},

		// The number of an identity document, by the type beside it.
		{"id number beside id type", Field{Name: "IdNumber", Owner: "User", Siblings: []string{"Email", "IdType"}}, "identity document number", PersonalID},
		{"additional id number", Field{Name: "AdditionalIdNumber", Owner: "User", Siblings: []string{"AdditionalIdType", "IdNumber"}}, "identity document number", PersonalID},
		{"document number beside document type", Field{Name: "DocumentNumber", Owner: "Applicant", Siblings: []string{"DocumentType"}}, "identity document number", PersonalID},
		{"id number alone", Field{Name: "IDNumber", Owner: "Order", Siblings: []string{"Status", "Total"}}, "", 0},
		{"id number beside a plain type", Field{Name: "IDNumber", Owner: "Ticket", Siblings: []string{"Type"}}, "", 0},
		{"identity number", Field{Name: "IdentityNumber", Owner: "Director"}, "identity number", PersonalID},
		{"bvn", Field{Name: "BVN", Owner: "Employee"}, "bvn", PersonalID},
		{"otp auth url", Field{Name: "OTPAuthURL", Key: "otp_auth_url", Owner: "User"}, "otp auth url", PrivateKey},
		{"totp uri", Field{Name: "TotpURI", Owner: "Account"}, "totp uri", PrivateKey},
		{"otp callback url is not", Field{Name: "OTPCallbackURL", Owner: "Settings"}, "", 0},

		// Siblings.
		// A bare NID beside a person's fields is a national ID; beside a
		// node's or a task's, an identifier.
		{"nid of a rider", Field{Name: "NID", Key: "NID", Owner: "Rider", Siblings: []string{"Name", "Phone", "Password", "Address"}}, "national id", PersonalID},
		{"nid of a queue item", Field{Name: "NodeId", Key: "nid", Owner: "TaskQueueItem", Siblings: []string{"Id", "Priority", "NodeId"}}, "", 0},
		{"nid key alone", Field{Name: "nid"}, "", 0},
		{"nid beside a name only", Field{Name: "Nid", Owner: "Namespace", Siblings: []string{"Name", "Labels"}}, "", 0},
		{"code beside email and expiry", Field{Name: "Code", Owner: "Entry", Siblings: []string{"Email", "ExpiresAt"}}, "one time code", Credential},
		{"code beside account and used", Field{Name: "Code", Siblings: []string{"Account", "Used"}}, "one time code", Credential},
		{"code beside message", Field{Name: "Code", Owner: "Error", Siblings: []string{"Message", "Count"}}, "", 0},
		{"code beside email only", Field{Name: "Code", Owner: "Invite", Siblings: []string{"Email", "Name"}}, "", 0},
		{"code beside user and retry count", Field{Name: "Code", Owner: "Entry", Siblings: []string{"UserID", "RetryCount"}}, "one time code", Credential},
		{"listing code beside user and favorers count", Field{Name: "Code", Owner: "Listing", Siblings: []string{"UserId", "FavorersCount", "Views"}}, "", 0},
		{"value beside email and expiry", Field{Name: "Value", Owner: "Row", Siblings: []string{"Email", "ExpiresAt"}}, "", 0},

		// Login sessions: the identifier is the bearer, unless a token
		// beside it is.
		{"fcm registration token", Field{Name: "RegistrationToken", Key: "registration_token", Owner: "CreateFcmRequest", Siblings: []string{"DeviceType", "UserWallet"}}, "", 0},
		{"firebase registration token", Field{Name: "RegistrationToken", Key: "registration_token", Owner: "FirebaseRegistrationToken", Siblings: []string{"UserWallet", "DeviceType"}}, "", 0},
		{"firebase user token", Field{Name: "Token", Key: "token", Owner: "FirebaseUser", Siblings: []string{"UID"}}, "token", Credential},
		{"fcm api key", Field{Name: "APIKey", Key: "api_key", Owner: "FcmConfig"}, "api key", Credential},
		{"user's firebase token", Field{Name: "FirebaseToken", Key: "firebase_token", Owner: "Credentials", Siblings: []string{"Email", "Password"}}, "", 0},
		{"user's gcm token", Field{Name: "GcmToken", Key: "gcm_token", Owner: "User", Siblings: []string{"Email"}}, "", 0},
		{"monitor's push token", Field{Name: "PushToken", Key: "push_token", Owner: "Monitor", Siblings: []string{"URL", "Interval"}}, "token", Credential},
		{"firebase id token", Field{Name: "FirebaseIDToken", Key: "firebase_id_token", Owner: "Session", Siblings: []string{"UserID"}}, "id token", Credential},
		// An app's or a notification's registration token is its FCM
		// address; a user's is the sign-up confirmation.
		{"session refresh secret", Field{Name: "Refresh", Key: "refresh", Owner: "Session", Siblings: []string{"UserID", "CanRefresh", "ExpiresAt"}}, "refresh token", Credential},
		{"refresh elsewhere", Field{Name: "Refresh", Key: "refresh", Owner: "Feed", Siblings: []string{"URL", "Interval"}}, "", 0},
		{"agent access key", Field{Name: "AccessKey", Key: "access_key", Owner: "ChaosInfra", Siblings: []string{"InfraID", "Token", "IsActive"}}, "access key", Credential},
		{"s3 access key id", Field{Name: "AccessKey", Key: "access_key", Owner: "S3Storage", Siblings: []string{"Bucket", "SecretKey", "Region"}}, "", 0},
		{"minio access key", Field{Name: "AccessKey", Key: "accessKey", Owner: "Minio", Siblings: []string{"Endpoint", "Secret"}}, "", 0},
		{"notification record token", Field{Name: "Token", Key: "token", Owner: "Notification", Siblings: []string{"Title", "Body", "UserId", "Type"}}, "", 0},
		{"notification channel token", Field{Name: "Token", Key: "token", Owner: "NotificationChannel", Siblings: []string{"Name", "ChatID"}}, "token", Credential},
		{"app registration token", Field{Name: "RegistrationToken", Key: "registrationtoken", Owner: "Apptoken", Siblings: []string{"UserID", "Usertype", "Status"}}, "", 0},
		{"notification recipient token", Field{Name: "AppRegistrationToken", Key: "appRegistrationToken", Owner: "ToNotificationLog", Siblings: []string{"UserName", "UserType"}}, "", 0},
		{"user registration token", Field{Name: "RegistrationToken", Key: "registration_token", Owner: "User", Siblings: []string{"Email", "RegistrationExpires"}}, "token", Credential},
		// An Expo push token is a device's address; the access token of
		// the Expo API beside it is a credential.
		{"expo push subscription", Field{Name: "ExpoToken", Key: "expoToken", Owner: "PushSubscription", Siblings: []string{"MemberID", "Endpoint"}}, "", 0},
		{"expo access token", Field{Name: "ExpoAccessToken", Key: "expoAccessToken", Owner: "PushConfig"}, "access token", Credential},
		{"gitlab registration token", Field{Name: "RegistrationToken", Key: "registration_token", Owner: "Runner"}, "token", Credential},
		{"api key header value", Field{Name: "HeaderValue", Key: "header_value", Owner: "ApiKey", Siblings: []string{"HeaderName"}}, "api key", Credential},
		{"api key header name", Field{Name: "HeaderName", Key: "header_name", Owner: "ApiKey", Siblings: []string{"HeaderValue"}}, "", 0},
		{"custom header value", Field{Name: "HeaderValue", Key: "header_value", Owner: "CustomHeader", Siblings: []string{"HeaderName"}}, "", 0},
		{"session id", Field{Name: "SessionId", Key: "SessionId", Owner: "Session", Siblings: []string{"UserId", "LoginTimes", "UpdatedTime"}}, "session id", Credential},
		{"user session id", Field{Name: "ID", Key: "id", Owner: "UserSession", Siblings: []string{"UserID", "Data", "ExpiredAt"}}, "session id", Credential},
		{"key of a key and value pair", Field{Name: "Key", Key: "key", Owner: "ConfigData", Siblings: []string{"Value"}}, "", 0},
		{"key beside value in a secret", Field{Name: "Key", Key: "key", Owner: "Secret", Siblings: []string{"Name", "Type", "Value", "PrivateKey"}}, "secret key", PrivateKey},
		{"device flow user code", Field{Name: "UserCode", Key: "user_code", Owner: "DeviceCode", Siblings: []string{"ID", "DeviceCode", "ClientID", "ExpiresAt"}}, "one time code", Credential},
		{"device flow user code beside device code", Field{Name: "UserCode", Key: "user_code", Owner: "Authorization", Siblings: []string{"DeviceCode", "Interval"}}, "one time code", Credential},
		{"a user's code elsewhere", Field{Name: "UserCode", Key: "user_code", Owner: "Employee", Siblings: []string{"Name", "Department"}}, "", 0},
		{"session id beside token", Field{Name: "SessionID", Key: "sessionId", Owner: "Session", Siblings: []string{"UserID", "Token", "RefreshToken"}}, "", 0},
		{"row id beside session id", Field{Name: "Id", Key: "_id", Owner: "Session", Siblings: []string{"SessionId", "LoginTimes"}}, "", 0},
		{"chat session id", Field{Name: "ID", Key: "_id", Owner: "ChatSession", Siblings: []string{"Messages"}}, "", 0},
		{"session user id", Field{Name: "UserID", Key: "user_id", Owner: "Session", Siblings: []string{"ID"}}, "", 0},

		// A PIN code beside the fields of an address is a postal code.
		{"postal pincode", Field{Name: "Pincode", Key: "pincode", Owner: "Location", Siblings: []string{"Address", "City", "Latitude"}}, "", 0},
		{"postal pin", Field{Name: "PIN", Key: "pin", Owner: "Address", Siblings: []string{"Street", "District"}}, "", 0},
		{"card pin code", Field{Name: "PinCode", Key: "pin_code", Owner: "Card", Siblings: []string{"Number", "Holder"}}, "pin code", Password},
		{"user pin", Field{Name: "Pin", Key: "pin", Owner: "User", Siblings: []string{"Email", "Password"}}, "pin", Password},
		{"login pin beside an address", Field{Name: "PIN", Key: "pin", Owner: "CustomerSetup", Siblings: []string{"UserId", "Name", "Address"}}, "pin", Password},

		// A card payment's authorization code is the issuer's approval.
		{"preauthorization approval code", Field{Name: "AuthorizationCode", Key: "authorization_code", Owner: "Preauthorization"}, "", 0},
		{"payment auth code", Field{Name: "AuthCode", Owner: "PaymentResult"}, "", 0},
		{"oauth authorization code", Field{Name: "AuthorizationCode", Key: "authorization_code", Owner: "Grant"}, "authorization code", Credential},

		// A kubeconfig holds cluster credentials; its path does not.
		{"kubeconfig", Field{Name: "KubeConfig", Key: "kube_config", Owner: "ClusterConfig"}, "kube config", PrivateKey},
		{"kubeconfig run together", Field{Name: "Kubeconfig", Key: "kubeconfig", Owner: "Cluster"}, "kube config", PrivateKey},
		{"kubeconfig path", Field{Name: "KubeConfigPath", Key: "kube_config_path", Owner: "Settings"}, "", 0},

		// A licence number is a driver's when its owner says so.
		{"driver licence number", Field{Name: "LicenseNumber", Key: "licenseNumber", Owner: "Driver"}, "driver license number", PersonalID},
		{"driver licence", Field{Name: "Licence", Owner: "Driver"}, "driver license", PersonalID},
		{"operator licence number", Field{Name: "LicenseNumber", Key: "licenseNumber", Owner: "TransportOperator"}, "", 0},
		{"software licence", Field{Name: "License", Owner: "Package"}, "", 0},

		// Cancelling contexts.
		{"lexer token", Field{Name: "Token", Owner: "Lexer"}, "", 0},
		{"logprob token", Field{Name: "Token", Owner: "ResponseOutputTextLogprob", Key: "token"}, "", 0},
		{"oauth exchange code", Field{Name: "Code", Owner: "OAuthExchangeCode", Key: "code"}, "exchange code", Credential},
		{"oauth state code", Field{Name: "Code", Owner: "OauthState", Key: "code"}, "one time code", Credential},
		{"fcm registration token", Field{Name: "Token", Owner: "FcmRegistration", Key: "token"}, "", 0},
		{"session token", Field{Name: "Token", Owner: "Session"}, "token", Credential},
		{"secret ref", Field{Name: "Secret", Owner: "SecretRef"}, "", 0},
		{"underscore key", Field{Name: "Key", Key: "_key", Owner: "APIKey"}, "", 0},
		{"token stored as _id", Field{Name: "Token", Key: "_id", Owner: "passwordToken"}, "token", Credential},
		{"cache key", Field{Name: "SecretCacheKey"}, "", 0},
		{"sort key", Field{Name: "TokenSortKey"}, "", 0},
		{"hsm token", Field{Name: "HsmToken", Key: "hsm_token"}, "", 0},
		{"hsm secret", Field{Name: "HsmSecret", Key: "hsm_secret"}, "secret", Credential},

		// A token beside its secret is the identifier half of the pair.
		{"token beside secret", Field{Name: "Token", Owner: "User", Siblings: []string{"Name", "Secret"}}, "", 0},
		{"api token beside api secret", Field{Name: "ApiToken", Siblings: []string{"ApiSecret"}}, "", 0},
		{"secret beside token", Field{Name: "Secret", Owner: "User", Siblings: []string{"Token"}}, "secret", Credential},
		{"token beside another secret", Field{Name: "Token", Owner: "User", Siblings: []string{"ClientSecret"}}, "token", Credential},
		{"token alone", Field{Name: "Token", Owner: "User", Siblings: []string{"Name"}}, "token", Credential},

		// A public code: a referral record has a user and a count, but its
		// code is meant to be shared.
		{"referral code with user and count", Field{Name: "Code", Key: "code", Owner: "Referral", Siblings: []string{"ReferrerUserID", "CommissionCount", "CreatedAt"}}, "", 0},
		{"verification code with user and count", Field{Name: "Code", Key: "code", Owner: "Grant", Siblings: []string{"UserID", "Attempts"}}, "one time code", Credential},
		{"country code", Field{Name: "Code", Owner: "Country", Siblings: []string{"Email", "ExpiresAt"}}, "", 0},

		// The package's name, when a sibling names whom the value belongs
		// to.
		{"verification package code beside email", Field{Name: "Code", Key: "code", Owner: "Code", Package: "verification", Siblings: []string{"ID", "Email", "CreatedAt"}}, "one time code", Credential},
		{"login package code beside message", Field{Name: "Code", Owner: "Response", Package: "login", Siblings: []string{"Message", "Status"}}, "", 0},
		{"reset package value beside user", Field{Name: "Value", Owner: "Entry", Package: "reset", Siblings: []string{"UserID"}}, "one time code", Credential},
		{"other package code beside email", Field{Name: "Code", Owner: "Invoice", Package: "billing", Siblings: []string{"Email"}}, "", 0},

		// Name and key agree.
		{"name hash, key plain", Field{Name: "PasswordHash", Key: "password"}, "", 0},
		{"name plain, key hash", Field{Name: "Password", Key: "password_hash"}, "", 0},
		{"name and key", Field{Name: "Password", Key: "pwd"}, "pwd", Password},
		{"key says what the name does not", Field{Name: "Self", Key: "ssl_key"}, "ssl key", PrivateKey},

		// Several values.
		{"tokens list", Field{Name: "HostTokens", Several: true}, "token", Credential},
		{"tokens count", Field{Name: "HostTokens"}, "", 0},
		{"sse customer key", Field{Name: "SseCustomerKey", Key: "sseCustomerKey"}, "sse customer key", PrivateKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := m.MatchField(tt.f)
			if tt.entry == "" {
				if ok {
					t.Fatalf("MatchField(%+v) = %+v, want no match", tt.f, got)
				}
				return
			}
			if !ok || got.Entry != tt.entry || got.Category != tt.cat {
				t.Fatalf("MatchField(%+v) = %+v, %v; want entry %q category %v", tt.f, got, ok, tt.entry, tt.cat)
			}
		})
	}
}

// TestMatchFieldAgreesWithMatch checks that a field without context is
// read as its name is.
func TestMatchFieldAgreesWithMatch(t *testing.T) {
	m := Default()
	for _, name := range []string{"Password", "PasswordHash", "APIKey", "Tokens", "Key", "Code", "SSN", "ResumeToken", "card_last4"} {
		want, wok := m.Match(name)
		got, gok := m.MatchField(Field{Name: name})
		if wok != gok || !reflect.DeepEqual(want, got) {
			t.Errorf("MatchField(%q) = %+v, %v; Match = %+v, %v", name, got, gok, want, wok)
		}
	}
}

func TestGeneric(t *testing.T) {
	for name, want := range map[string]bool{
		"Key": true, "Value": true, "Code": true, "Codes": true, "SecretValue": true, "KeyData": true, "Token": true,
		"APIKey": false, "Name": false, "": false, "EmailCode": false,
	} {
		if got := Generic(name); got != want {
			t.Errorf("Generic(%q) = %v, want %v", name, got, want)
		}
	}
}

// FuzzMatchField checks that context only ever adds a reading to a
// generic name, never to another one, and that matching is
// deterministic.
func FuzzMatchField(f *testing.F) {
	f.Add("Code", "code", "VerifyCode", "Email,ExpiresAt", false)
	f.Add("Key", "_key", "Certificate", "", false)
	f.Add("HostTokens", "host_tokens", "Authority", "Name", true)
	m := Default()
	f.Fuzz(func(t *testing.T, name, key, owner, siblings string, several bool) {
		fl := Field{Name: name, Key: key, Owner: owner, Siblings: strings.Split(siblings, ","), Several: several}
		got, ok := m.MatchField(fl)
		got2, ok2 := m.MatchField(fl)
		if ok != ok2 || !reflect.DeepEqual(got, got2) {
			t.Fatalf("MatchField(%+v) not deterministic", fl)
		}
		if !ok || Generic(name) {
			return
		}
		if _, direct := m.matchKeyed(name, key, several); !direct {
			t.Fatalf("MatchField(%+v) = %+v for a name that is neither generic nor sensitive with its key", fl, got)
		}
	})
}

// TestContextRuleTable checks every owner word of every context rule with
// every field name it lists, and the negatives beside them: the same
// owner with a name that is not generic, and the generic name alone.
func TestContextRuleTable(t *testing.T) {
	m := Default()
	for _, r := range contextRules {
		for _, owner := range r.owner {
			for _, field := range r.fields {
				name := strings.ReplaceAll(field, " ", "_")
				// The owner's own name may be an entry (passcode): then
				// the field is what the owner names, not the rule's entry.
				if got, ok := m.MatchField(Field{Name: name, Owner: owner + "_record"}); !ok {
					t.Errorf("MatchField(%s in %s_record) = %+v, %v; want a match", name, owner, got, ok)
				}
				if _, alone := m.Match(name); alone {
					continue // secret, token: sensitive without context
				}
				if got, ok := m.MatchField(Field{Name: name, Owner: "record"}); ok {
					t.Errorf("MatchField(%s in record) = %+v, want no match", name, got)
				}
			}
			if got, ok := m.MatchField(Field{Name: "created_at", Owner: owner}); ok {
				t.Errorf("MatchField(created_at in %s) = %+v, want no match", owner, got)
			}
		}
	}
}

// TestNegatorPhrases checks each phrase that cancels a reading: the name
// with the phrase does not match, the name without it does.
func TestNegatorPhrases(t *testing.T) {
	m := Default()
	for _, tc := range []struct{ with, without string }{
		{"SecretCacheKey", "SecretKey"},
		{"SecretObjectKey", "SecretKey"},
		{"TokenLookupKey", "Token"},
		{"SecretSortKey", "SecretKey"},
		{"SecretPartitionKey", "SecretKey"},
		{"SecretPrimaryKey", "SecretKey"},
		{"SecretForeignKey", "SecretKey"},
		{"SecretShardKey", "SecretKey"},
		{"TokenRoutingKey", "Token"},
		{"SecretMapKey", "SecretKey"},
		{"HsmToken", "Token"},
		{"HardwareToken", "Token"},
		{"UsbToken", "Token"},
		{"PageToken", "PageAccessToken"},
		{"next_page_token", "page_access_token"},
	} {
		if got, ok := m.Match(tc.with); ok {
			t.Errorf("Match(%q) = %+v, want no match", tc.with, got)
		}
		if _, ok := m.Match(tc.without); !ok {
			t.Errorf("Match(%q) did not match", tc.without)
		}
	}
}

// TestContextEntries checks the entries added for names read in context,
// with a negative each: the entry followed by a negator.
func TestContextEntries(t *testing.T) {
	m := Default()
	for name, cat := range map[string]Category{
		"CertificateKey": PrivateKey, "CertKey": PrivateKey, "SSLKey": PrivateKey, "SseCustomerKey": PrivateKey,
		"VerifyCode": Credential, "EmailCode": Credential, "LoginCode": Credential,
		"CookieCryptoKey": PrivateKey, "EncryptKey": PrivateKey, "decrypt_key": PrivateKey, "user_cookie_crypto_key": PrivateKey, "DecryptionKey": PrivateKey,
		"SymmetricKey": PrivateKey, "symmetric_key": PrivateKey,
		"Seceret": Credential, "webhook_secrect": PrivateKey, "Pasword": Password, "smtp_passwrod": Password,
	} {
		if got, ok := m.Match(name); !ok || got.Category != cat {
			t.Errorf("Match(%q) = %+v, %v; want category %v", name, got, ok, cat)
		}
		if got, ok := m.Match(name + "Path"); ok {
			t.Errorf("Match(%q) = %+v, want no match", name+"Path", got)
		}
	}
}

// TestShortPasswordNames checks pw and its run-together forms, and the
// words that only contain the letters.
func TestShortPasswordNames(t *testing.T) {
	m := Default()
	for _, name := range []string{"pw", "PW", "pwText", "pwtext", "newPw", "user_pw", "PwConfirm"} {
		if got, ok := m.Match(name); !ok || got.Category != Password {
			t.Errorf("Match(%q) = %+v, %v; want a password", name, got, ok)
		}
	}
	for _, name := range []string{"pwHash", "pwm", "pwr", "PWM", "pwLength", "hashedPw"} {
		if got, ok := m.Match(name); ok {
			t.Errorf("Match(%q) = %+v, want no match", name, got)
		}
	}
}

// TestCodeIn reads a bare "code" as a field of the records an owner names:
// a repository's type less its storage words.
func TestCodeIn(t *testing.T) {
	m := Default()
	for _, c := range []struct {
		owner string
		entry string // "" for no match
	}{
		{"auth_code", "auth code"},
		{"authorization", "authorization code"},
		{"reset_password", "one time code"},
		{"password_change_requests", "one time code"},
		{"verification", "verification code"},
		{"device_auth", "auth code"}, // RFC 8628: the device's or the user's code
		{"country", ""},              // a public code
		{"referral", ""},             // shared on purpose
		{"password_policy", ""},
		{"product", ""},
		{"", ""},
	} {
		mt, ok := m.CodeIn(c.owner)
		if got := map[bool]string{true: mt.Entry}[ok]; got != c.entry || ok && mt.Category != Credential {
			t.Errorf("CodeIn(%q) = %q (%v), want %q", c.owner, got, mt.Category, c.entry)
		}
	}
}

// TestReadsSiblings checks which names have their siblings read.
func TestReadsSiblings(t *testing.T) {
	for name, want := range map[string]bool{
		"Code": true, "AccessToken": true, "APIKey": true, "UserID": true, "IdNumber": true, "PassportNo": true, "Pincode": true,
		"UserCode": true, "user_code": true,
		"Password": false, "Email": false, "ReferralCode": false,
	} {
		if got := ReadsSiblings(name); got != want {
			t.Errorf("ReadsSiblings(%q) = %v, want %v", name, got, want)
		}
	}
}
