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
