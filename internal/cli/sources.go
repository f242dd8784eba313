package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// sources reads the analyzed files once, for fingerprints, SARIF columns
// and fixes.
type sources struct {
	cwd   string
	files map[string][]byte // by report path (relative to cwd when below it)
}

func newSources(cwd string) *sources {
	return &sources{cwd: cwd, files: map[string][]byte{}}
}

// content returns the bytes of a file named as in the report, or nil.
func (s *sources) content(name string) []byte {
	if b, ok := s.files[name]; ok {
		return b
	}
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(s.cwd, path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		b = nil
	}
	s.files[name] = b
	return b
}

// line returns line n (1-based) of a file without its newline, or "".
func (s *sources) line(name string, n int) string {
	b := s.content(name)
	for i := 1; i < n && len(b) > 0; i++ {
		j := strings.IndexByte(string(b), '\n')
		if j < 0 {
			return ""
		}
		b = b[j+1:]
	}
	if j := strings.IndexByte(string(b), '\n'); j >= 0 {
		b = b[:j]
	}
	return strings.TrimSuffix(string(b), "\r")
}

// runeColumn converts a 1-based byte column of a line into a 1-based
// column counted in Unicode code points.
func (s *sources) runeColumn(name string, line, col int) int {
	text := s.line(name, line)
	if col-1 > len(text) {
		return col
	}
	return utf8.RuneCountInString(text[:col-1]) + 1
}

// fingerprint gives each finding a fingerprint that survives edits moving
// lines: a hash of the rule, the file, the reported line's text (spaces
// normalised) and the message, with a counter for identical findings.
func fingerprint(fs []Finding, src *sources) {
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		text := strings.Join(strings.Fields(src.line(f.File, f.Line)), " ")
		h := sha256.Sum256([]byte(f.Rule + "\x00" + filepath.ToSlash(f.File) + "\x00" + text + "\x00" + f.Message))
		key := hex.EncodeToString(h[:8])
		n := seen[key]
		seen[key]++
		f.Fingerprint = key + ":" + strconv.Itoa(n)
	}
}
