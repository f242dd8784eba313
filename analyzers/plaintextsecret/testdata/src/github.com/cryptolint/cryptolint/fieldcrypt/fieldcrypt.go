// Stub of github.com/cryptolint/cryptolint/fieldcrypt (this repository's
// nested module fieldcrypt/): the types and constructors plaintextsecret
// matches, with their real signatures.
package fieldcrypt

type String string

type Bytes []byte

func (String) MarshalBSONValue() (byte, []byte, error) { return 0, nil, nil }

func (Bytes) MarshalBSONValue() (byte, []byte, error) { return 0, nil, nil }

type Digest struct {
	plain    []byte
	hasPlain bool
	sum      []byte
	anyKey   bool
}

func (Digest) MarshalBSONValue() (byte, []byte, error) { return 0, nil, nil }

func DigestOf(value string) Digest { return Digest{plain: []byte(value), hasPlain: true} }
