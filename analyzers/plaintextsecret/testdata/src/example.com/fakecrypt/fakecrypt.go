// Package fakecrypt spells its types like fieldcrypt's but stores plain
// strings: protection is recognised by type identity, not by name.
package fakecrypt

type String string

type Digest string

func DigestOf(value string) Digest { return Digest(value) }
