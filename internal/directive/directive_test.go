package directive_test

import (
	"go/parser"
	"go/token"
	"reflect"
	"testing"

	"github.com/cryptolint/cryptolint/internal/directive"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text string
		ok   bool
		want directive.Directive
	}{
		{"// plain comment", false, directive.Directive{}},
		{"// cryptolint:ignore CL201 -- space after // is not a directive", false, directive.Directive{}},
		{"//cryptolint:ignore CL201 -- VPN only", true, directive.Directive{Kind: directive.Ignore, Names: []string{"CL201"}, Reason: "VPN only"}},
		{"//cryptolint:ignore CL201,CL205 mongotls -- two rules and an analyzer", true,
			directive.Directive{Kind: directive.Ignore, Names: []string{"CL201", "CL205", "mongotls"}, Reason: "two rules and an analyzer"}},
		{"//cryptolint:ignore CL201", true, directive.Directive{Kind: directive.Ignore, Names: []string{"CL201"}, Err: "directive without a reason (add -- and why)"}},
		{"//cryptolint:ignore CL201 --   ", true, directive.Directive{Kind: directive.Ignore, Names: []string{"CL201"}, Err: "directive without a reason (add -- and why)"}},
		{"//cryptolint:ignore -- no rule", true, directive.Directive{Kind: directive.Ignore, Reason: "no rule", Err: "ignore directive names no rule (want //cryptolint:ignore CLnnn -- reason)"}},
		{"//cryptolint:protected -- encrypted by the service layer", true, directive.Directive{Kind: directive.Protected, Reason: "encrypted by the service layer"}},
		{"//cryptolint:protected CL101 -- x", true, directive.Directive{Kind: directive.Protected, Reason: "x", Err: "protected directive takes no arguments before --"}},
		{"//cryptolint:silence CL201 -- x", true, directive.Directive{Kind: "silence", Reason: "x", Err: "unknown directive //cryptolint:silence"}},
		{"//cryptolint:", true, directive.Directive{Err: "missing verb after //cryptolint:"}},
	} {
		got, ok := directive.Parse(tc.text)
		if ok != tc.ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Parse(%q) = %+v, %v; want %+v, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

func TestFileAndCovers(t *testing.T) {
	const src = `package p

//cryptolint:ignore CL201 -- above
const a = "x"

const b = "y" //cryptolint:ignore mongotls -- same line

/* //cryptolint:ignore CL201 -- in a block comment: not a directive */
const c = "z"
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	ds := directive.File(fset, f)
	if len(ds) != 2 || ds[0].Line != 3 || ds[1].Line != 6 {
		t.Fatalf("File = %+v, want directives on lines 3 and 6", ds)
	}
	for _, tc := range []struct {
		d        int
		id, an   string
		line     int
		suppress bool
	}{
		{0, "CL201", "mongotls", 3, true},
		{0, "CL201", "mongotls", 4, true},
		{0, "cl201", "mongotls", 4, true},
		{0, "CL201", "mongotls", 5, false},
		{0, "CL202", "mongotls", 4, false},
		{1, "CL205", "mongotls", 6, true},
		{1, "CL205", "mongotls", 7, false}, // a trailing directive covers only its own line
		{1, "CL101", "plaintextsecret", 6, false},
	} {
		if got := ds[tc.d].Covers(tc.id, tc.an, tc.line); got != tc.suppress {
			t.Errorf("directive %d Covers(%s, %s, %d) = %v", tc.d, tc.id, tc.an, tc.line, got)
		}
	}
}

func TestNolints(t *testing.T) {
	const src = `package p

//nolint:cryptolint,gosec
var a = 1

var b = 2 //nolint:mongotls
var c = 3

var d = 4 //nolint
var e = 5 //nolintfoo
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := directive.Nolints(fset, f)
	want := map[int][]string{
		3: {"cryptolint", "gosec"},
		4: {"cryptolint", "gosec"}, // alone on line 3: covers line 4
		6: {"mongotls"},            // trailing: only its line
		9: {""},                    // bare: every linter
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Nolints = %v, want %v", got, want)
	}
}
