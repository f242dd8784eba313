package directive_test

import (
	"strings"
	"testing"

	"github.com/cryptolint/cryptolint/internal/directive"
)

// FuzzParse checks properties of the directive parser: it never panics;
// only texts with the prefix are directives; names and reasons carry no
// surrounding space; only ignore directives have names; a directive is
// either well formed or says why not; parsing is deterministic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"//cryptolint:ignore CL201 -- reason",
		"//cryptolint:ignore CL201,CL205 mongotls -- why",
		"//cryptolint:ignore",
		"//cryptolint:protected -- encrypted upstream",
		"//cryptolint:",
		"//cryptolint:ignore ,,, -- x",
		"// cryptolint:ignore CL201 -- not a directive",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := directive.Parse(text)
		if ok != strings.HasPrefix(text, directive.Prefix) {
			t.Fatalf("Parse(%q): ok=%v", text, ok)
		}
		if !ok {
			return
		}
		if d.Reason != strings.TrimSpace(d.Reason) {
			t.Errorf("reason %q has surrounding space", d.Reason)
		}
		for _, n := range d.Names {
			if n == "" || strings.ContainsAny(n, ", \t") {
				t.Errorf("name %q", n)
			}
		}
		if len(d.Names) > 0 && d.Kind != directive.Ignore {
			t.Errorf("%s directive with names %v", d.Kind, d.Names)
		}
		wellFormed := d.Err == ""
		if wellFormed && (d.Reason == "" || d.Kind == directive.Ignore && len(d.Names) == 0) {
			t.Errorf("Parse(%q) accepted without reason or rule: %+v", text, d)
		}
		if e, _ := directive.Parse(text); e.Err != d.Err || e.Reason != d.Reason || strings.Join(e.Names, ",") != strings.Join(d.Names, ",") {
			t.Errorf("Parse(%q) is not deterministic", text)
		}
	})
}
