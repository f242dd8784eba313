package plaintextsecret

import (
	"testing"

	"github.com/cryptolint/cryptolint/internal/flow"
	"github.com/cryptolint/cryptolint/internal/names"
)

// TestPolicy pins which kinds of the lattice protect a stored value, for a
// secret only verified (a credential) and one used again (a private key).
func TestPolicy(t *testing.T) {
	for _, tc := range []struct {
		k                       flow.Kind
		credential, keyMaterial bool
	}{
		{flow.Empty, true, true},
		{flow.Constant, false, false},
		{flow.Hashed, true, false},
		{flow.Encrypted, true, true},
		{flow.Trusted, true, true},
		{flow.Stored, true, true},
		{flow.Generated, false, false},
		{flow.Param, false, false},
		{flow.Input, false, false},
		{flow.Plain, false, false},
	} {
		if got := protects(flow.Of(tc.k), names.Credential); got != tc.credential {
			t.Errorf("protects(%s, credential) = %v", tc.k, got)
		}
		if got := protects(flow.Of(tc.k), names.PrivateKey); got != tc.keyMaterial {
			t.Errorf("protects(%s, private key) = %v", tc.k, got)
		}
		// A join is protected only when every part is.
		if got := protects(flow.Of(tc.k).Join(flow.Of(flow.Plain)), names.Credential); got {
			t.Errorf("protects(%s|plain) = true", tc.k)
		}
	}
	if !protects(flow.Value{}, names.Credential) {
		t.Error("no value at all is not protected")
	}
}
