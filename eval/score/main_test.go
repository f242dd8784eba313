package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestLabelFiles checks the committed labels: every file parses, names
// its repository, commit and set, and every case has a known verdict and
// rule; a judgment names a file:line:rule and tp or fp.
func TestLabelFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "labels", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no label files (%v)", err)
	}
	verdicts := []string{"plain", "protected", "weakhash", "empty", "readback", "notsecret"} // eval/LABELLING.md
	cases := 0
	for _, f := range files {
		r, err := readRepo(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if r.commit == "" || (r.set != "dev" && r.set != "heldout") {
			t.Errorf("%s: commit %q, set %q", f, r.commit, r.set)
		}
		for _, l := range r.labels {
			cases++
			if !slices.Contains(verdicts, l.verdict) {
				t.Errorf("%s: %s:%d: verdict %q", f, l.file, l.line, l.verdict)
			}
			if l.rule != "CL101" && l.rule != "CL103" {
				t.Errorf("%s: %s:%d: rule %q", f, l.file, l.line, l.rule)
			}
			if l.field == "" && l.key == "" {
				t.Errorf("%s: %s:%d: neither field nor key", f, l.file, l.line)
			}
		}
		for k, v := range r.judged {
			if v != "tp" && v != "fp" {
				t.Errorf("%s: judgment %s: %q", f, k, v)
			}
		}
	}
	if cases < 400 {
		t.Errorf("%d cases in %d files, want the whole labelled set", cases, len(files))
	}
}

func TestMatches(t *testing.T) {
	pw := label{file: "user/user.go", line: 10, alt: []string{"db/db.go:5"}, field: "Password", key: "password", verdict: "protected", rule: "CL101"}
	token := label{file: "a.go", line: 3, key: "token", verdict: "plain", rule: "CL101"}
	for _, c := range []struct {
		l    label
		f    finding
		want bool
	}{
		{pw, finding{File: "user/user.go", Line: 10, Rule: "CL101", Message: `x stores Password (key "password") in plaintext`}, true},
		{pw, finding{File: "db/db.go", Line: 5, Rule: "CL101", Message: `x stores key "password" in plaintext`}, true},
		{pw, finding{File: "user/user.go", Line: 11, Rule: "CL101", Message: `x stores key "password" in plaintext`}, false},
		{pw, finding{File: "user/user.go", Line: 10, Rule: "CL103", Message: `filter matches key "password"`}, false},
		// A longer Go name that ends in the label's field is another field.
		{pw, finding{File: "user/user.go", Line: 10, Rule: "CL101", Message: `x stores DefaultPassword (key "default_password") in plaintext`}, false},
		{pw, finding{File: "user/user.go", Line: 10, Rule: "CL101", Message: `x stores DefaultPassword (key "dp"), Password (key "pw") in plaintext`}, true},
		// A key nested under a parent matches by its last segment.
		{token, finding{File: "a.go", Line: 3, Rule: "CL101", Message: `x stores Token (key "auth.token") in plaintext`}, true},
		{token, finding{File: "a.go", Line: 3, Rule: "CL101", Message: `x stores key "token_hash" in plaintext`}, false},
	} {
		if got := c.l.matches(c.f); got != c.want {
			t.Errorf("%+v matches %q = %v, want %v", c.l, c.f.Message, got, c.want)
		}
	}
}

func TestScopeAndScore(t *testing.T) {
	r := &repo{
		scope: []string{"auth"},
		labels: []label{
			{file: "auth/user.go", line: 5, alt: []string{"api/user.go:9"}, field: "APIKey", key: "apikey", verdict: "plain", rule: "CL101"},
			{file: "auth/user.go", line: 5, field: "Password", key: "password", verdict: "protected", rule: "CL101"},
			{file: "auth/token.go", line: 7, key: "token", verdict: "plain", rule: "CL103"},
		},
		judged: map[string]string{"auth/other.go:1:CL101": "tp"},
	}
	in := finding{File: "auth/user.go", Line: 5, Rule: "CL101", Message: `u stores APIKey (key "apikey") in plaintext`}
	wrong := finding{File: "auth/user.go", Line: 5, Rule: "CL101", Message: `u stores APIKey (key "apikey"), Password (key "password") in plaintext`}
	outAtAlt := finding{File: "api/user.go", Line: 9, Rule: "CL101", Message: `u stores APIKey (key "apikey") in plaintext`}
	outside := finding{File: "api/other.go", Line: 1, Rule: "CL101", Message: `u stores APIKey (key "apikey") in plaintext`}
	judged := finding{File: "auth/other.go", Line: 1, Rule: "CL101", Message: `u stores Secret (key "secret") in plaintext`}
	for _, c := range []struct {
		f    finding
		want bool
	}{{in, true}, {outAtAlt, true}, {outside, false}, {judged, true}} {
		if got := r.keeps(c.f); got != c.want {
			t.Errorf("keeps(%s:%d) = %v, want %v", c.f.File, c.f.Line, got, c.want)
		}
	}
	got := score(r, []finding{in, wrong, judged}, false)
	want := counts{plain: 2, found: 1, tp: 2, fp: 1, other: 1}
	if got != want {
		t.Errorf("score = %+v, want %+v", got, want)
	}

	// A finding outside the scope whose path passes the unfound lookup's
	// position shows that case: counted apart (path), not as found, and
	// not scored for precision. One with another rule or key does not.
	handler := finding{File: "api/h.go", Line: 20, Rule: "CL103", Message: `filter of Find matches key "token" against a raw value`,
		Related: []position{{File: "api/h.go", Line: 3}, {File: "auth/token.go", Line: 7}}}
	otherKey := handler
	otherKey.Message = `filter of Find matches key "secret" against a raw value`
	otherRule := handler
	otherRule.Rule = "CL101"
	for _, c := range []struct {
		f    finding
		want bool
	}{{handler, true}, {otherKey, false}, {otherRule, false}} {
		if got := r.labels[2].onPath(c.f); got != c.want {
			t.Errorf("onPath(%q, %s) = %v, want %v", c.f.Message, c.f.Rule, got, c.want)
		}
	}
	got = score(r, []finding{in, handler}, false)
	want = counts{plain: 2, found: 1, tp: 1, other: 1, path: 1}
	if got != want {
		t.Errorf("score with a path = %+v, want %+v", got, want)
	}
}

// TestSpans: a finding on the document argument of a multi-line call is
// at the labelled call line; one after the call is not.
func TestSpans(t *testing.T) {
	dir := t.TempDir()
	src := `package p

func f(c coll, id string) {
	c.UpdateOne(ctx,
		filter(id),
		M{"$set": M{
			"token": id,
		}},
	)
	c.InsertOne(ctx, M{"token": id})
}
`
	if err := os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &repo{labels: []label{{file: "p.go", line: 4, key: "token", verdict: "plain", rule: "CL101"}}}
	r.spans(dir)
	for _, c := range []struct {
		line int
		want bool
	}{{4, true}, {6, true}, {7, true}, {9, true}, {10, false}, {3, false}} {
		f := finding{File: "p.go", Line: c.line, Rule: "CL101", Message: `document stores key "token" in plaintext`}
		if got := r.labels[0].matches(f); got != c.want {
			t.Errorf("finding at line %d matches the call at line 4 = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestSameKeySubDocument: a label of a sub-document is named by a key
// inside it; a key that only starts with the same letters is not.
func TestSameKeySubDocument(t *testing.T) {
	l := label{field: "OAuthToken", key: "oauthToken"}
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{`s stores AccessToken (key "oauthToken.accessToken") in plaintext`, true},
		{`s stores AccessToken (key "provider.oauthToken.accessToken") in plaintext`, true},
		{`s stores Secret (key "oauthTokenSecret") in plaintext`, false},
		{`s stores Secret (key "other.secret") in plaintext`, false},
	} {
		if got := l.sameKey(finding{Message: c.msg}); got != c.want {
			t.Errorf("sameKey(%q) = %v, want %v", c.msg, got, c.want)
		}
	}
}

// TestDropTestSupport: labels in a file that imports testing are outside
// the policy; those in other files stay.
func TestDropTestSupport(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"seed.go":  "package db\n\nimport \"testing\"\n\nfunc Seed(t *testing.T) {}\n",
		"store.go": "package db\n\nimport \"context\"\n\nfunc Save(ctx context.Context) {}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := &repo{labels: []label{{file: "seed.go", line: 5}, {file: "store.go", line: 5}, {file: "missing.go", line: 1}}}
	r.dropTestSupport(dir)
	var got []string
	for _, l := range r.labels {
		got = append(got, l.file)
	}
	if want := []string{"store.go", "missing.go"}; !slices.Equal(got, want) {
		t.Errorf("labels kept = %v, want %v", got, want)
	}
}
