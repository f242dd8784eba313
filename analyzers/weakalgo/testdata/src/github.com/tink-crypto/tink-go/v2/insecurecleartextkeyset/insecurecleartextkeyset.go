// Stub of github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset (v2.9.0): only what weakalgo matches.
package insecurecleartextkeyset

import "github.com/tink-crypto/tink-go/v2/keyset"

func Read(r keyset.Reader, opts ...keyset.Option) (*keyset.Handle, error) { return nil, nil }
