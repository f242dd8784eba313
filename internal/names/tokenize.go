package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// class is the role a rune plays when an identifier is split into words.
type class uint8

const (
	sep   class = iota // separates words and is dropped
	lower              // lower-case or caseless letter, or combining mark
	upper              // letter that unicode.ToLower changes
	digit              // decimal digit
)

// asciiClass is classOf for the ASCII range, precomputed.
var asciiClass = func() (t [utf8.RuneSelf]class) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = lower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = upper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = digit
	}
	return t
}()

// classOf classifies r. A letter is upper exactly when lower-casing changes
// it, so lower-cased text never holds an upper rune and re-tokenizing the
// output finds no case boundaries (TestClassStable checks every rune).
func classOf(r rune) class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case unicode.IsDigit(r):
		return digit
	case unicode.IsLetter(r) || unicode.IsMark(r):
		if unicode.ToLower(r) != r {
			return upper
		}
		return lower
	}
	return sep // includes utf8.RuneError, so invalid UTF-8 never reaches a token
}

// decode returns the rune at s[i], its size and its class.
func decode(s string, i int) (rune, int, class) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return r, size, classOf(r)
}

// scanner yields the byte spans of the words of an identifier, in order,
// without allocating. The rules are those documented on [Tokenize].
type scanner struct {
	s string
	i int
}

// next returns the span of the next word, or ok=false at the end.
func (sc *scanner) next() (start, end int, ok bool) {
	s, i := sc.s, sc.i
	var (
		r    rune
		size int
		c    class
	)
	for i < len(s) {
		_, size, c = decode(s, i)
		if c != sep {
			break
		}
		i += size
	}
	if i >= len(s) {
		sc.i = i
		return 0, 0, false
	}
	start = i
	prev, prevPos := c, i
	run := 0 // upper-case runes in a row, ending at prev
	if c == upper {
		run = 1
	}
	digitsOnly := c == digit
	i += size
	for i < len(s) {
		r, size, c = decode(s, i)
		switch {
		case c == sep,
			prev == lower && c == upper,                // userID
			prev == digit && c != digit && !digitsOnly: // x509Cert, sha256hash
			sc.i = i
			return start, i, true
		case prev == upper && c == lower && run >= 2 && !(r == 's' && !lowerAt(s, i+size)):
			// An acronym ends before its last capital: APIKey, SSNHash.
			// A lone plural s stays with it: IDs, SSNs, APIsURL.
			sc.i = prevPos
			return start, prevPos, true
		}
		if c == upper {
			if prev == upper {
				run++
			} else {
				run = 1
			}
		} else {
			run = 0
		}
		digitsOnly = digitsOnly && c == digit
		prev, prevPos = c, i
		i += size
	}
	sc.i = i
	return start, i, true
}

// lowerAt reports whether s has a lower-class rune at byte offset i.
func lowerAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	_, _, c := decode(s, i)
	return c == lower
}

// Tokenize splits an identifier, document key or dotted path into lower-case
// words. It is purely lexical: it knows no dictionary, so a run-together
// lower-case word such as "apikey" stays one token here ([Matcher.Match]
// splits it using its dictionary and reports the result in [Match.Tokens]).
//
// Words end at every rune that is not a letter, digit or combining mark
// ("_", "-", ".", spaces, invalid UTF-8...), where a lower-case letter is
// followed by an upper-case one ("userID" -> user, id), and before the last
// capital of an acronym that runs into a capitalised word ("APIKey" -> api,
// key; "OAuth2Token" -> o, auth2, token). A single "s" after an acronym is a
// plural and stays with it ("IDs" -> ids). Digits stay with the letters
// before them ("sha256", "OTP2" -> otp2, "Password2" -> password2) and end
// the word when a letter follows ("x509Cert", "sha256hash" -> sha256, hash);
// a word that starts with digits keeps the letters after them ("2FA" ->
// 2fa). Letters are lower-cased with [unicode.ToLower].
//
// Tokenize is stable: tokenizing the tokens joined with "_" yields the same
// tokens. It returns nil when name has no letters or digits.
func Tokenize(name string) []string {
	var out []string
	sc := scanner{s: name}
	for {
		start, end, ok := sc.next()
		if !ok {
			return out
		}
		if out == nil {
			out = make([]string, 0, 4)
		}
		out = append(out, strings.ToLower(name[start:end]))
	}
}

// appendLower appends s, lower-cased as by strings.ToLower, to b. s holds
// no invalid UTF-8 (the scanner never puts it in a word).
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b
}
