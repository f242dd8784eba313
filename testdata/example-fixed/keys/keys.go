// Package keys loads the shop's fieldcrypt keysets from the environment:
// never from the source.
package keys

import "github.com/cryptolint/cryptolint/fieldcrypt"

// Load reads SHOP_AEAD_KEYSET and SHOP_DIGEST_KEYSET (Tink JSON keysets, or
// base64 of them), as a secrets manager injects them.
func Load() (*fieldcrypt.Keys, error) {
	a, err := fieldcrypt.KeysetFromEnv("SHOP_AEAD_KEYSET", nil)
	if err != nil {
		return nil, err
	}
	d, err := fieldcrypt.KeysetFromEnv("SHOP_DIGEST_KEYSET", nil)
	if err != nil {
		return nil, err
	}
	return fieldcrypt.New(a, d)
}
