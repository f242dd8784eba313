package hardkeyset

import (
	"bytes"
	"os"
	"strings"

	fc "github.com/cryptolint/cryptolint/fieldcrypt"
	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

const devKeyset = `{"primaryKeyId":1,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey","value":"GiBzZWNyZXRzZWNyZXRzZWNyZXRzZWNyZXRzZWNyZXQ=","keyMaterialType":"SYMMETRIC"},"status":"ENABLED","keyId":1,"outputPrefixType":"TINK"}]}`

func tinkLiteral() {
	insecurecleartextkeyset.Read(keyset.NewJSONReader(strings.NewReader(devKeyset))) // want `keyset read by insecurecleartextkeyset\.Read is the constant devKeyset: anyone with the source or the binary has every key in it, and it cannot be rotated without a release; load keysets at run time from a KMS, a secret store or the environment \(CL323\)`
}

func tinkThroughVariables() {
	r := bytes.NewReader([]byte(devKeyset))
	jr := keyset.NewBinaryReader(r)
	insecurecleartextkeyset.Read(jr) // want `keyset read by insecurecleartextkeyset\.Read is the constant devKeyset`
}

func fieldcryptLiteral() {
	fc.ReadKeyset(strings.NewReader(`{"primaryKeyId":7,"key":[]}`), nil) // want `keyset read by fieldcrypt\.ReadKeyset is a string literal`
}

// Negatives.

// An encrypted keyset in the source is ciphertext: the key is in the KMS.
func encryptedKeyset(kms tink.AEAD) {
	keyset.Read(keyset.NewJSONReader(strings.NewReader(devKeyset)), kms)
	fc.ReadKeyset(strings.NewReader(devKeyset), kms)
}

func fromOutside(path string) {
	f, _ := os.Open(path)
	insecurecleartextkeyset.Read(keyset.NewJSONReader(f))
	fc.ReadKeyset(strings.NewReader(os.Getenv("KEYSET")), nil)
	fc.KeysetFromEnv("APP_KEYSET", nil) // the name of a variable, not a key
	fc.KeysetFromFile("/run/secrets/keyset.json", nil)
}

// An empty constant is no key.
func empty() {
	insecurecleartextkeyset.Read(keyset.NewJSONReader(strings.NewReader("")))
}
