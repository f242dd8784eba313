package cli

import (
	"bytes"
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
	lines map[string][]int  // offsets of each line's start, by report path
}

func newSources(cwd string) *sources {
	return &sources{cwd: cwd, files: map[string][]byte{}, lines: map[string][]int{}}
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
// The offsets of the file's lines are found once: a file with many
// findings is not scanned again for each.
func (s *sources) line(name string, n int) string {
	b := s.content(name)
	starts, ok := s.lines[name]
	if !ok {
		starts = []int{0}
		for i, c := range b {
			if c == '\n' {
				starts = append(starts, i+1)
			}
		}
		s.lines[name] = starts
	}
	if n < 1 || n > len(starts) || starts[n-1] > len(b) {
		return ""
	}
	text := b[starts[n-1]:]
	if j := bytes.IndexByte(text, '\n'); j >= 0 {
		text = text[:j]
	}
	return strings.TrimSuffix(string(text), "\r")
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
