// Stub of github.com/tink-crypto/tink-go/v2/keyset (v2.9.0): only what weakalgo matches.
package keyset

import (
	"io"

	"github.com/tink-crypto/tink-go/v2/tink"
)

type Reader interface{}

type Handle struct{}

type JSONReader struct{ r io.Reader }

func NewJSONReader(r io.Reader) *JSONReader { return &JSONReader{r} }

type BinaryReader struct{ r io.Reader }

func NewBinaryReader(r io.Reader) *BinaryReader { return &BinaryReader{r} }

func Read(reader Reader, masterKey tink.AEAD) (*Handle, error) { return nil, nil }

type Option interface{}
