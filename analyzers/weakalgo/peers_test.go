package weakalgo_test

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cryptolint/cryptolint/analyzers/weakalgo"
	"github.com/cryptolint/cryptolint/internal/testutil"
)

// The peer-style evaluation, testdata/src/peers: one package per family,
// cases written here after the peers' public rule documentation (gosec
// G401-G407, G106, G501-G507; CodeQL's Go crypto, TLS, randomness,
// hard-coded key and host key callback queries; Semgrep's Go crypto
// rules), never copied from their tests. Each judged line carries one
// label:
//
//	// want `re` ...          must be reported, by default and with -strict
//	// strict want `re` ...   gosec's flag-every-use policy: must be
//	                          reported with -weakalgo.strict only
//	// ok: why                must not be reported
//
// A `want` line is found when every pattern matches a diagnostic on the
// line in full; a diagnostic on a line without a label fails the test, as
// does one on a `want` line that matches none of its patterns (strict
// mode's own CL305 and CL313 excepted there).
var peerFamilies = []struct {
	name string
	pkgs []string
}{
	{"ciphers", []string{"peers/ciphers"}},
	{"hashes", []string{"peers/hashes"}},
	{"tls", []string{"peers/tls"}},
	{"random", []string{"peers/random"}},
	{"nonce", []string{"peers/nonce", "peers/nonce/noncehelp"}},
	{"keys", []string{"peers/keys"}},
	{"jwt", []string{"peers/jwt"}},
	{"ssh", []string{"peers/ssh"}},
}

// peerScore is one family's result in one mode.
type peerScore struct {
	must, found, mustNot, flagged int
}

// peerFloor holds the recorded figures: found may not fall below them,
// flagged may not rise above them. Update them (and docs/evaluation.md)
// when a change moves a figure the right way.
var peerFloor = map[string][2]peerScore{ // family -> default, strict
	"ciphers": {{12, 12, 4, 0}, {12, 12, 4, 0}},
	"hashes":  {{11, 11, 10, 0}, {17, 17, 4, 1}},
	"tls":     {{19, 19, 22, 0}, {19, 19, 22, 0}},
	"random":  {{14, 14, 12, 0}, {23, 23, 3, 0}},
	"nonce":   {{31, 31, 18, 0}, {32, 32, 17, 0}},
	"keys":    {{20, 20, 17, 0}, {20, 20, 17, 0}},
	"jwt":     {{26, 26, 10, 0}, {26, 26, 10, 0}},
	"ssh":     {{11, 11, 4, 0}, {11, 11, 4, 0}},
}

var (
	peerWant   = regexp.MustCompile("^\\s*// (strict )?want ((?:(?:`[^`]*`|\"(?:[^\"\\\\]|\\\\.)*\")\\s*)+)$")
	peerPat    = regexp.MustCompile("`[^`]*`|\"(?:[^\"\\\\]|\\\\.)*\"")
	peerOK     = regexp.MustCompile(`// ok: \S`)
	peerStrict = map[string]bool{"CL305": true, "CL313": true}
)

// peerLine is one labelled line.
type peerLine struct {
	strict bool             // a `strict want` line
	pats   []*regexp.Regexp // nil for an ok line
}

func TestPeers(t *testing.T) {
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-8s | %-22s | %-22s\n", "family", "default found  flagged", "strict  found  flagged")
	var total [2]peerScore
	var pkgs []string
	for _, fam := range peerFamilies {
		pkgs = append(pkgs, fam.pkgs...)
	}
	var got [2]map[string][]string // per mode: file:line -> "CLnnn: message"
	for mode, strict := range []bool{false, true} {
		a := weakalgo.New()
		if strict {
			a = testutil.WithFlags(t, a, "strict", "true")
		}
		got[mode] = map[string][]string{}
		for _, r := range analysistest.Run(&testutil.Quiet{T: t}, analysistest.TestData(), a, pkgs...) {
			for _, d := range r.Diagnostics {
				p := r.Pass.Fset.Position(d.Pos)
				k := fmt.Sprintf("%s:%d", p.Filename, p.Line)
				got[mode][k] = append(got[mode][k], d.Category+": "+d.Message)
			}
		}
	}
	labelled := map[string]bool{}
	for _, fam := range peerFamilies {
		labels := peerLabels(t, fam.pkgs)
		var scores [2]peerScore
		for mode, strict := range []bool{false, true} {
			got := got[mode]
			s := &scores[mode]
			for _, k := range slices.Sorted(maps.Keys(labels)) {
				l := labels[k]
				labelled[k] = true
				must := l.pats != nil && (!l.strict || strict)
				if !must {
					s.mustNot++
					if len(got[k]) > 0 {
						s.flagged++
						t.Logf("%s: flagged %s: %s", modeName(strict), short(k), strings.Join(got[k], "; "))
					}
					continue
				}
				s.must++
				matched := make([]bool, len(got[k]))
				all := true
				for _, re := range l.pats {
					hit := false
					for i, d := range got[k] {
						if re.MatchString(d[len("CLnnn: "):]) {
							matched[i], hit = true, true
						}
					}
					all = all && hit
				}
				if all {
					s.found++
				} else {
					t.Logf("%s: missed %s", modeName(strict), short(k))
				}
				for i, d := range got[k] {
					if !matched[i] && !(strict && peerStrict[d[:5]]) {
						t.Errorf("%s: %s: diagnostic matches no pattern of the line: %s", modeName(strict), short(k), d)
					}
				}
			}
			floor := peerFloor[fam.name][mode]
			if s.found < floor.found {
				t.Errorf("%s %s: %d/%d must-report lines found, fewer than the recorded %d", fam.name, modeName(strict), s.found, s.must, floor.found)
			}
			if s.flagged > floor.flagged {
				t.Errorf("%s %s: %d/%d must-not lines flagged, more than the recorded %d", fam.name, modeName(strict), s.flagged, s.mustNot, floor.flagged)
			}
			if s.must != floor.must || s.mustNot != floor.mustNot {
				t.Errorf("%s %s: %d must-report and %d must-not lines, but the recorded figures are for %d and %d: update peerFloor", fam.name, modeName(strict), s.must, s.mustNot, floor.must, floor.mustNot)
			}
			total[mode].must += s.must
			total[mode].found += s.found
			total[mode].mustNot += s.mustNot
			total[mode].flagged += s.flagged
		}
		fmt.Fprintf(&table, "%-8s | %s | %s\n", fam.name, cell(scores[0]), cell(scores[1]))
		t.Logf("peerFloor %q: {{%d, %d, %d, %d}, {%d, %d, %d, %d}},", fam.name,
			scores[0].must, scores[0].found, scores[0].mustNot, scores[0].flagged,
			scores[1].must, scores[1].found, scores[1].mustNot, scores[1].flagged)
	}
	for mode := range got {
		for k, ds := range got[mode] {
			if !labelled[k] {
				t.Errorf("%s: %s: diagnostic on a line without a label: %s", modeName(mode == 1), short(k), strings.Join(ds, "; "))
			}
		}
	}
	fmt.Fprintf(&table, "%-8s | %s | %s", "all", cell(total[0]), cell(total[1]))
	t.Log(table.String())
}

// cell formats one mode's figures: found/must, flagged/must-not.
func cell(s peerScore) string {
	return fmt.Sprintf("%9s %10s", fmt.Sprintf("%d/%d", s.found, s.must), fmt.Sprintf("%d/%d", s.flagged, s.mustNot))
}

func modeName(strict bool) string {
	if strict {
		return "strict"
	}
	return "default"
}

// short trims a file:line key to the path under testdata/src.
func short(k string) string {
	if i := strings.Index(k, "/src/"); i >= 0 {
		return k[i+len("/src/"):]
	}
	return k
}

// peerLabels reads the labels of the packages' files, keyed by file:line.
func peerLabels(t *testing.T, pkgs []string) map[string]peerLine {
	t.Helper()
	out := map[string]peerLine{}
	testdataLines(t, pkgs, func(f string, n int, line string) {
		k := fmt.Sprintf("%s:%d", f, n)
		c := strings.Index(line, "// ")
		for c >= 0 && !strings.HasPrefix(line[c:], "// want ") && !strings.HasPrefix(line[c:], "// strict want ") && !strings.HasPrefix(line[c:], "// ok: ") {
			next := strings.Index(line[c+3:], "// ")
			if next < 0 {
				c = -1
				break
			}
			c += 3 + next
		}
		if c < 0 {
			return
		}
		comment := line[c:]
		if peerOK.MatchString(comment) {
			out[k] = peerLine{}
			return
		}
		m := peerWant.FindStringSubmatch(comment)
		if m == nil {
			t.Fatalf("%s:%d: malformed label %q", f, n, comment)
		}
		l := peerLine{strict: m[1] != ""}
		for _, q := range peerPat.FindAllString(m[2], -1) {
			s, err := strconv.Unquote(q)
			if err != nil {
				t.Fatalf("%s:%d: %v", f, n, err)
			}
			l.pats = append(l.pats, regexp.MustCompile("^(?:"+s+")$"))
		}
		out[k] = l
	})
	return out
}
