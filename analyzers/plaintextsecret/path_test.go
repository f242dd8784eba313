package plaintextsecret

import (
	"go/token"
	"testing"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// TestHopRelated checks that hops in the file set become related
// positions, and that hops outside it (another package under go vet) are
// named in text instead of being dropped.
func TestHopRelated(t *testing.T) {
	fset := token.NewFileSet()
	tf := fset.AddFile("/src/svc/service.go", -1, 100)
	tf.SetLines([]int{0, 10, 30, 60})
	s := ParamSink{Kind: mongoapi.Filter, Via: "Reset -> Find -> FindOne", Hops: []Hop{
		{File: "/src/svc/service.go", Line: 3, Column: 5, In: "Reset", Call: "Find"},
		{File: "/src/repo/mongo.go", Line: 42, Column: 9, In: "Find", Call: "FindOne"},
	}}
	rel, text := hopRelated(&hopFiles{fset: fset}, s)
	if len(rel) != 1 || fset.Position(rel[0].Pos).String() != "/src/svc/service.go:3:5" || rel[0].Message != "Reset passes it to Find" {
		t.Errorf("related = %+v", rel)
	}
	if text != "FindOne at repo/mongo.go:42" {
		t.Errorf("unplaced = %q, want %q", text, "FindOne at repo/mongo.go:42")
	}

	// A column past its line (a file made from export data keeps only
	// lines) is placed at the line's start; a line past the file is not
	// placed.
	hf := &hopFiles{fset: fset}
	if p := hf.pos(Hop{File: "/src/svc/service.go", Line: 2, Column: 50}); fset.Position(p).String() != "/src/svc/service.go:2:1" {
		t.Errorf("pos of a column past its line = %s", fset.Position(p))
	}
	if p := hf.pos(Hop{File: "/src/svc/service.go", Line: 9}); p.IsValid() {
		t.Errorf("pos of a line past the file = %s, want none", fset.Position(p))
	}

	// The last hop of a document write says so.
	s = ParamSink{Kind: mongoapi.Document, Hops: []Hop{{File: "/src/svc/service.go", Line: 4, Column: 1, In: "Save", Call: "InsertOne"}}}
	rel, _ = hopRelated(&hopFiles{fset: fset}, s)
	if len(rel) != 1 || rel[0].Message != "Save writes it to MongoDB with InsertOne" {
		t.Errorf("related = %+v", rel)
	}
}
