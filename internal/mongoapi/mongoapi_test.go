package mongoapi

import (
	"go/types"
	"testing"
)

func TestModules(t *testing.T) {
	var m Modules
	if err := m.Set("github.com/acme/mongo-driver/v2, example.com/fork/"); err != nil {
		t.Fatal(err)
	}
	if err := m.Set("bad path"); err == nil {
		t.Error("Set(bad path): want an error")
	}
	for path, want := range map[string]bool{
		"go.mongodb.org/mongo-driver/mongo/options":     true,
		"go.mongodb.org/mongo-driver/v2/mongo/options":  true,
		"github.com/acme/mongo-driver/v2/mongo/options": true,
		"example.com/fork/mongo/options":                true,
		"example.com/other/mongo/options":               false,
		"go.mongodb.org/mongo-driver/v2/mongo":          false,
		"mongo/options":                                 false,
	} {
		if got := m.IsOptions(path); got != want {
			t.Errorf("IsOptions(%q) = %v, want %v", path, got, want)
		}
	}
	if !m.IsMongo("example.com/fork/mongo") || m.IsMongo("example.com/fork/mongo/gridfs") {
		t.Error("IsMongo wrong for the fork")
	}
	if got := m.String(); got != "github.com/acme/mongo-driver/v2,example.com/fork" {
		t.Errorf("String() = %q", got)
	}
}

// TestUntyped checks that the bson type predicates answer false for a nil
// type (an expression the type checker could not type) instead of panicking.
func TestUntyped(t *testing.T) {
	for name, pred := range map[string]func(types.Type) bool{
		"IsElem": IsElem, "IsBinary": IsBinary, "IsDocumentMap": IsDocumentMap,
		"IsOrderedDocument": IsOrderedDocument, "IsRawDocument": IsRawDocument, "IsMgoDialInfo": IsMgoDialInfo,
	} {
		if pred(nil) {
			t.Errorf("%s(nil) = true", name)
		}
	}
}

// TestIsFork checks the layout that makes a module a fork of the driver.
func TestIsFork(t *testing.T) {
	for _, tc := range []struct {
		module string
		want   bool
	}{
		{"github.com/pritunl/mongo-go-driver/v2", true},
		{"github.com/pritunl/mongo-go-driver", true},
		{"github.com/acme/mongo-driver", true},
		{"gitlab.example.com/infra/forks/mongo-go-driver/v12", true},
		{"go.mongodb.org/mongo-driver", false},    // the official driver
		{"go.mongodb.org/mongo-driver/v2", false}, // the official driver
		{"mongo-go-driver", false},                // no host: not a published module
		{"github.com/acme/mongo-go-driver-tools", false},
		{"github.com/acme/mongo-go-driver/v2/extra", false}, // a package, not the module
		{"github.com/acme/mongodriver", false},
		{"github.com/acme/mongo-go-driver/vx", false},
	} {
		if got := IsFork(tc.module); got != tc.want {
			t.Errorf("IsFork(%q) = %v, want %v", tc.module, got, tc.want)
		}
	}
	var m Modules
	if !m.IsMongo("github.com/pritunl/mongo-go-driver/v2/mongo") || !m.IsOptions("github.com/pritunl/mongo-go-driver/v2/mongo/options") {
		t.Error("the mongo and options packages of a fork are not driver packages")
	}
	if m.IsMongo("github.com/acme/mongo-go-driver-tools/mongo") {
		t.Error("a module that only starts like a fork is a driver")
	}
}
